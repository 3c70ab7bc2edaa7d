package baedal.order.adapter.out.persistence;

import baedal.order.adapter.out.persistence.OrderRow.HistoryRow;
import baedal.order.adapter.out.persistence.OrderRow.LineRow;
import baedal.order.domain.DeliveryAddress;
import baedal.order.domain.Order;
import baedal.order.domain.OrderId;
import baedal.order.domain.OrderLine;
import baedal.order.domain.OrderLine.ChosenOption;
import baedal.order.domain.OrderStatus;
import baedal.order.domain.Orders;
import baedal.order.domain.StatusChange;
import baedal.shared.kernel.GeoPoint;
import baedal.shared.kernel.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores orders with Spring Data JDBC (optimistic locking) and publishes the events each order recorded. */
@SecondaryAdapter
@Component
class OrderJdbcAdapter implements Orders {

    private static final TypeReference<List<OptionJson>> OPTIONS = new TypeReference<>() {};

    private final OrderRowRepository rows;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    OrderJdbcAdapter(OrderRowRepository rows, ApplicationEventPublisher events, JsonMapper json, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.events = events;
        this.json = json;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return rows.findById(id.id()).map(this::toDomain);
    }

    @Override
    public List<Order> findByShop(UUID shopId, @Nullable OrderStatus status, int limit) {
        var found = status == null
                ? rows.findByShopIdOrderByPlacedAtDesc(shopId, Limit.of(limit))
                : rows.findByShopIdAndStatusOrderByPlacedAtDesc(shopId, status.name(), Limit.of(limit));
        return found.stream().map(this::toDomain).toList();
    }

    @Override
    public List<OrderId> findPaidBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        SELECT o.id FROM ordering.orders o
                        JOIN ordering.order_history h ON h.order_id = o.id AND h.status = 'PAID'
                        WHERE o.status = 'PAID' AND h.changed_at < :cutoff
                        ORDER BY h.changed_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""").param("cutoff", cutoff).param("limit", limit).query(UUID.class).stream()
                .map(OrderId::new)
                .toList();
    }

    @Override
    public Order save(Order order) {
        var lines = order.lines().stream()
                .map(line -> new LineRow(
                        line.menuId(),
                        line.name(),
                        line.unitPrice().won(),
                        line.quantity(),
                        json.writeValueAsString(line.options().stream()
                                .map(o -> new OptionJson(o.name(), o.price().won()))
                                .toList())))
                .toList();
        var history = order.history().stream()
                .map(h -> new HistoryRow(h.status().name(), h.at()))
                .toList();
        var address = order.deliveryAddress();
        var row = new OrderRow(
                order.getId().id(),
                order.customerId(),
                order.shopId(),
                order.status().name(),
                address.text(),
                address.location().lat(),
                address.location().lng(),
                order.deliveryFee().won(),
                order.discountAmount().won(),
                order.cancelReason(),
                order.deliveryId(),
                order.history().getFirst().at(),
                lines,
                history,
                order.version());
        var saved = rows.save(row);
        order.releaseEvents().forEach(events::publishEvent);
        return toDomain(saved);
    }

    private Order toDomain(OrderRow row) {
        var lines = row.lines().stream()
                .map(line -> new OrderLine(
                        line.menuId(),
                        line.name(),
                        Money.won(line.unitPrice()),
                        line.quantity(),
                        json.readValue(line.options(), OPTIONS).stream()
                                .map(o -> new ChosenOption(o.name(), Money.won(o.price())))
                                .toList()))
                .toList();
        var history = row.history().stream()
                .map(h -> new StatusChange(OrderStatus.valueOf(h.status()), h.at()))
                .toList();
        return Order.restore(
                new OrderId(row.id()),
                row.customerId(),
                row.shopId(),
                lines,
                new DeliveryAddress(row.deliveryAddress(), new GeoPoint(row.lat(), row.lng())),
                Money.won(row.deliveryFee()),
                Money.won(row.discountAmount()),
                OrderStatus.valueOf(row.status()),
                row.cancelReason(),
                row.deliveryId(),
                history,
                row.version());
    }

    record OptionJson(String name, long price) {}
}
