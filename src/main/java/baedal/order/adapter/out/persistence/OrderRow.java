package baedal.order.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Row of {@code ordering.orders} with its lines and status timeline. */
@Table(schema = "ordering", name = "orders")
record OrderRow(
        @Id UUID id,
        UUID customerId,
        UUID shopId,
        String status,
        String deliveryAddress,
        double lat,
        double lng,
        long deliveryFee,
        long discountAmount,
        String cancelReason,
        UUID deliveryId,
        Instant placedAt,

        @MappedCollection(idColumn = "order_id", keyColumn = "position")
        List<LineRow> lines,

        @MappedCollection(idColumn = "order_id", keyColumn = "position")
        List<HistoryRow> history,

        @Version long version) {

    OrderRow withVersion(long newVersion) {
        return new OrderRow(
                id,
                customerId,
                shopId,
                status,
                deliveryAddress,
                lat,
                lng,
                deliveryFee,
                discountAmount,
                cancelReason,
                deliveryId,
                placedAt,
                lines,
                history,
                newVersion);
    }

    /** Options are stored as JSON: [{"name":..,"price":..}]. */
    @Table(schema = "ordering", name = "order_lines")
    record LineRow(UUID menuId, String name, long unitPrice, int quantity, String options) {}

    @Table(schema = "ordering", name = "order_history")
    record HistoryRow(String status, @Column("changed_at") Instant at) {}
}
