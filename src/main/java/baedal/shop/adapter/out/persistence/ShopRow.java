package baedal.shop.adapter.out.persistence;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Row of {@code shop.shops}. Opening hours are stored in the compact form of {@link OpeningHoursFormat}. */
@Table(schema = "shop", name = "shops")
record ShopRow(
        @Id UUID id,
        UUID ownerId,
        String name,
        String category,
        String address,
        double lat,
        double lng,
        int deliveryRadiusMeters,
        long minOrderAmount,
        long deliveryFee,
        String openingHours,
        @Column("is_open") boolean open,
        @Column("is_closed_down") boolean closedDown,
        @Version long version) {

    ShopRow withVersion(long newVersion) {
        return new ShopRow(
                id,
                ownerId,
                name,
                category,
                address,
                lat,
                lng,
                deliveryRadiusMeters,
                minOrderAmount,
                deliveryFee,
                openingHours,
                open,
                closedDown,
                newVersion);
    }
}
