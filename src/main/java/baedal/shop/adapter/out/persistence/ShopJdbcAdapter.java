package baedal.shop.adapter.out.persistence;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.Shop;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.ShopProfile;
import baedal.shop.domain.Shops;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Stores shops with Spring Data JDBC (optimistic locking on the version column) and publishes the
 * events the shop recorded; callers run inside a transaction, so the outbox entry commits with the row.
 */
@SecondaryAdapter
@Component
class ShopJdbcAdapter implements Shops {

    private final ShopRowRepository shopRows;
    private final ApplicationEventPublisher events;

    ShopJdbcAdapter(ShopRowRepository shopRows, ApplicationEventPublisher events) {
        this.shopRows = shopRows;
        this.events = events;
    }

    @Override
    public Optional<Shop> findById(ShopId id) {
        return shopRows.findById(id.id()).map(ShopJdbcAdapter::toDomain);
    }

    @Override
    public List<Shop> findPage(int page, int size) {
        return shopRows.findAll(PageRequest.of(page, size, Sort.by("id"))).stream()
                .map(ShopJdbcAdapter::toDomain)
                .toList();
    }

    @Override
    public Shop save(Shop shop) {
        var profile = shop.profile();
        var row = new ShopRow(
                shop.getId().id(),
                shop.ownerId().id(),
                profile.name(),
                profile.category().name(),
                profile.address(),
                profile.location().lat(),
                profile.location().lng(),
                profile.deliveryRadiusMeters(),
                profile.minOrderAmount().won(),
                profile.deliveryFee().won(),
                OpeningHoursFormat.format(profile.openingHours()),
                shop.isOpen(),
                shop.isClosedDown(),
                shop.version());
        var saved = shopRows.save(row);
        shop.releaseEvents().forEach(events::publishEvent);
        return toDomain(saved);
    }

    private static Shop toDomain(ShopRow row) {
        var profile = new ShopProfile(
                row.name(),
                ShopCategory.valueOf(row.category()),
                row.address(),
                new GeoPoint(row.lat(), row.lng()),
                row.deliveryRadiusMeters(),
                Money.won(row.minOrderAmount()),
                Money.won(row.deliveryFee()),
                OpeningHoursFormat.parse(row.openingHours()));
        return Shop.restore(
                new ShopId(row.id()), new OwnerId(row.ownerId()), profile, row.open(), row.closedDown(), row.version());
    }
}
