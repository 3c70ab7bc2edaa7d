package baedal.order.adapter.out.persistence;

import baedal.kernel.FlatOptions;
import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.order.domain.DeliveryAddress;
import baedal.order.domain.Order;
import baedal.order.domain.OrderId;
import baedal.order.domain.OrderLine;
import baedal.order.domain.OrderLine.ChosenOption;
import baedal.order.domain.OrderNumber;
import baedal.order.domain.OrderStatus;
import baedal.order.domain.Orders;
import baedal.order.domain.StatusChange;
import baedal.order.domain.StatusMark;
import baedal.platform.jdbc.LastStored;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores orders in the {@code ordering} schema with plain JDBC and optimistic locking, and publishes the events each
 * order recorded. Lines are written once at placement and only ever change by being cancelled; the status timeline is
 * append-only, so a transition writes the order row and the new timeline entries, nothing else.
 */
@SecondaryAdapter
@Component
class OrderJdbcAdapter implements Orders {

    private static final TypeReference<List<OptionJson>> OPTIONS = new TypeReference<>() {};

    private static final String COLUMNS = "id, order_number, customer_id, shop_id, status, delivery_address, lat, lng,"
            + " delivery_fee, discount_amount, coupon_id, points_used, cancel_reason, delivery_id, placed_at, version";

    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    /**
     * Whether the database lets one statement write the order row and its newest timeline entry (H2's data change
     * delta tables); SQL Server's {@code OUTPUT … INTO} cannot, as the timeline has a foreign key to the order, so
     * there they are two statements.
     */
    private final boolean rowAndTimelineInOne;

    /**
     * Orders as this instance last stored them: a change (five per delivered order, all on the instance that placed it
     * unless another instance takes over) starts without reading the order back, and so do subscribers' reads of the
     * version an event announced ({@code OrderRoundTripBudgetTests}, {@code OrderIntegrationTests}).
     */
    private final LastStored<UUID, Order> lastStored = new LastStored<>(Order::version, order -> copy(order, 0));

    /**
     * What of each order handed out is stored: how much of its timeline and which of its lines were cancelled, so that
     * saving it writes only what changed since. Keyed by the order itself (by identity) and gone with it.
     */
    private final Cache<Order, Stored> handedOut =
            Caffeine.newBuilder().weakKeys().build();

    OrderJdbcAdapter(ApplicationEventPublisher events, JsonMapper json, JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.rowAndTimelineInOne = isH2(dataSource);
        this.events = events;
        this.json = json;
    }

    /**
     * One order in one statement: its row, its lines and its timeline as the three parts of a union (each part fills
     * the columns it has), so a read needs a single round trip and sees one state of the order without a transaction.
     */
    private static final String ONE_ORDER = """
            SELECT 0 AS part, 0 AS position, id, order_number, customer_id, shop_id, status, delivery_address, lat, lng,
                   delivery_fee, discount_amount, coupon_id, points_used, cancel_reason, delivery_id, version,
                   NULL AS menu_id, NULL AS name, NULL AS unit_price, NULL AS quantity, NULL AS options,
                   NULL AS changed_at
            FROM ordering.orders WHERE id = :id
            UNION ALL
            SELECT 1, position, order_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   cancel_reason, NULL, NULL, menu_id, name, unit_price, quantity, options, NULL
            FROM ordering.order_lines WHERE order_id = :id
            UNION ALL
            SELECT 2, position, order_id, NULL, NULL, NULL, status, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, changed_at
            FROM ordering.order_history WHERE order_id = :id
            ORDER BY part, position""";

    @Override
    public Optional<Order> findById(OrderId id) {
        var header = new ArrayList<Header>(1);
        var lines = new ArrayList<OrderLine>();
        var history = new ArrayList<StatusChange>();
        jdbc.sql(ONE_ORDER).param("id", id.id()).query(rs -> {
            switch (rs.getInt("part")) {
                case 0 -> header.add(header(rs, 0));
                case 1 -> lines.add(line(rs));
                default -> history.add(statusChange(rs));
            }
        });
        return header.stream().findFirst().map(h -> toDomain(h, Map.of(h.id(), lines), Map.of(h.id(), history)));
    }

    @Override
    public Optional<Order> findForChange(OrderId id) {
        var known = lastStored.find(id.id());
        return known != null ? Optional.of(handOut(known)) : findById(id);
    }

    @Override
    public Optional<Order> findAtLeast(OrderId id, long version) {
        var known = lastStored.findAtLeast(id.id(), version);
        return known != null ? Optional.of(handOut(known)) : findById(id);
    }

    @Override
    public List<Order> findByCustomer(UUID customerId, int offset, int limit) {
        var headers = jdbc.sql("SELECT " + COLUMNS + " FROM ordering.orders WHERE customer_id = :customer"
                        + " ORDER BY placed_at DESC, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("customer", customerId)
                .param("offset", offset)
                .param("limit", limit)
                .query(OrderJdbcAdapter::header)
                .list();
        return complete(headers);
    }

    @Override
    public List<Order> findByShop(UUID shopId, @Nullable OrderStatus status, int limit) {
        var headers = jdbc.sql("SELECT " + COLUMNS + " FROM ordering.orders WHERE shop_id = :shop"
                        + (status == null ? "" : " AND status = :status")
                        + " ORDER BY placed_at DESC OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .param("shop", shopId)
                .params(status == null ? Map.of() : Map.of("status", status.name()))
                .param("limit", limit)
                .query(OrderJdbcAdapter::header)
                .list();
        return complete(headers);
    }

    /** The orders of these headers with their lines and history, in the headers' order. */
    private List<Order> complete(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        var ids = headers.stream().map(Header::id).toList();
        var lines = lines(ids);
        var history = history(ids);
        return headers.stream().map(h -> toDomain(h, lines, history)).toList();
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
    public List<StatusMark> statusChangesAfter(Instant since, int limit) {
        return jdbc.sql("""
                        SELECT h.order_id, o.shop_id, o.customer_id, h.position, h.status, h.changed_at
                        FROM ordering.order_history h JOIN ordering.orders o ON o.id = h.order_id
                        WHERE h.changed_at > :since
                        ORDER BY h.changed_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY""")
                .param("since", since)
                .param("limit", limit)
                .query((rs, row) -> new StatusMark(
                        new OrderId(rs.getObject("order_id", UUID.class)),
                        rs.getObject("shop_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getInt("position"),
                        OrderStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /**
     * Writes what changed: at placement the row, its lines and its first timeline entry; later the row (checking the
     * version) and the new timeline entries. The row and the newest entry go in one statement where the database allows
     * (a round trip less per change; {@code OrderRoundTripBudgetTests}).
     */
    @Override
    public Order save(Order order) {
        var id = order.getId().id();
        var before = order.version() == 0 ? Stored.NOTHING : handedOut.getIfPresent(order);
        if (before == null) {
            throw new IllegalArgumentException("order " + id + " was not read from this store");
        }
        var stored = before.history();
        var unstored = order.history().subList(stored, order.history().size());
        var together = rowAndTimelineInOne && !unstored.isEmpty() ? 1 : 0;
        var timeline = together == 1
                ? TIMELINE_FROM_ROW.formatted(
                        stored, unstored.getFirst().status().name())
                : "";
        if (order.version() == 0) {
            insert(order, timeline, together == 1 ? unstored.getFirst().at() : null);
            insertLines(order);
        } else {
            var updated = jdbc.sql(timeline + """
                            UPDATE ordering.orders SET status = :status, discount_amount = :discount,
                                cancel_reason = :reason, delivery_id = :delivery, version = version + 1
                            WHERE id = :id AND version = :version""" + (together == 1 ? ")" : ""))
                    .param("status", order.status().name())
                    .param("discount", order.discountAmount().won())
                    .param("reason", order.cancelReason())
                    .param("delivery", order.deliveryId())
                    .param("id", id)
                    .param("version", order.version())
                    .params(together == 1 ? Map.of("at", unstored.getFirst().at()) : Map.of())
                    .update();
            if (updated == 0) {
                lastStored.forget(id);
                throw new OptimisticLockingFailureException("order " + id + " changed concurrently");
            }
            cancelLines(order, before);
        }
        for (int i = together; i < unstored.size(); i++) {
            jdbc.sql("""
                            INSERT INTO ordering.order_history (order_id, position, status, changed_at)
                            VALUES (:id, :position, :status, :at)""")
                    .param("id", id)
                    .param("position", stored + i)
                    .param("status", unstored.get(i).status().name())
                    .param("at", unstored.get(i).at())
                    .update();
        }
        var saved = handOut(copy(order, 1));
        lastStored.storing(id, saved);
        order.releaseEvents().forEach(events::publishEvent);
        return saved;
    }

    /**
     * The start of a statement that appends a timeline entry (position and status given, its time the parameter
     * {@code at}) for the order row the enclosed {@code INSERT} or {@code UPDATE} writes: nothing when it writes no row.
     * Positions and statuses are few, so the statements stay few and each is prepared once per connection.
     */
    private static final String TIMELINE_FROM_ROW = """
            INSERT INTO ordering.order_history (order_id, position, status, changed_at)
            SELECT id, %d, '%s', :at FROM FINAL TABLE (""";

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database stores orders", e);
        }
    }

    /** A copy of the order sharing nothing it could change with it, {@code advanced} versions on. */
    private static Order copy(Order order, int advanced) {
        return Order.restore(
                order.getId(),
                order.number(),
                order.customerId(),
                order.shopId(),
                order.lines(),
                order.deliveryAddress(),
                order.deliveryFee(),
                order.discountAmount(),
                order.couponId(),
                order.pointsUsed(),
                order.status(),
                order.cancelReason(),
                order.deliveryId(),
                order.history(),
                order.version() + advanced);
    }

    private Order handOut(Order order) {
        handedOut.put(order, Stored.of(order));
        return order;
    }

    /** How much of an order's timeline is stored, and which of its lines are stored as cancelled. */
    private record Stored(int history, List<Boolean> cancelled) {

        static final Stored NOTHING = new Stored(0, List.of());

        static Stored of(Order order) {
            return new Stored(
                    order.history().size(),
                    order.lines().stream().map(OrderLine::cancelled).toList());
        }
    }

    private void insert(Order order, String timeline, @Nullable Instant at) {
        var address = order.deliveryAddress();
        jdbc.sql(timeline + "INSERT INTO ordering.orders (" + COLUMNS
                        + ") VALUES (:id, :number, :customer, :shop, :status, :address,"
                        + " :lat, :lng, :fee, :discount, :coupon, :points, :reason, :delivery, :placed, 1)"
                        + (timeline.isEmpty() ? "" : ")"))
                .param("id", order.getId().id())
                .param("number", order.number().value())
                .param("customer", order.customerId())
                .param("shop", order.shopId())
                .param("status", order.status().name())
                .param("address", address.text())
                .param("lat", address.location().lat())
                .param("lng", address.location().lng())
                .param("fee", order.deliveryFee().won())
                .param("discount", order.discountAmount().won())
                .param("coupon", order.couponId())
                .param("points", order.pointsUsed().won())
                .param("reason", order.cancelReason())
                .param("delivery", order.deliveryId())
                .param("placed", order.history().getFirst().at())
                .params(at == null ? Map.of() : Map.of("at", at))
                .update();
    }

    /** The order's lines, in one statement for up to {@link #LINES_PER_STATEMENT} of them. */
    private void insertLines(Order order) {
        var lines = order.lines();
        for (int from = 0; from < lines.size(); from += LINES_PER_STATEMENT) {
            var to = Math.min(lines.size(), from + LINES_PER_STATEMENT);
            var sql = new StringBuilder(
                    "INSERT INTO ordering.order_lines (order_id, position, menu_id, name, unit_price, quantity, options) VALUES ");
            var params = new HashMap<String, @Nullable Object>();
            params.put("id", order.getId().id());
            for (int position = from; position < to; position++) {
                var line = lines.get(position);
                sql.append(position == from ? "" : ", ")
                        .append("(:id, %1$d, :menu%1$d, :name%1$d, :price%1$d, :quantity%1$d, :options%1$d)"
                                .formatted(position));
                params.put("menu" + position, line.menuId());
                params.put("name" + position, line.name());
                params.put("price" + position, line.unitPrice().won());
                params.put("quantity" + position, line.quantity());
                params.put(
                        "options" + position,
                        json.writeValueAsString(line.options().stream()
                                .map(o -> new OptionJson(
                                        o.group(), o.name(), o.price().won()))
                                .toList()));
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** Lines written by one statement: 7 parameters each stay far below SQL Server's 2,100 per statement. */
    private static final int LINES_PER_STATEMENT = 100;

    /** Marks the lines cancelled since the order was read. */
    private void cancelLines(Order order, Stored before) {
        for (int position = 0; position < before.cancelled().size(); position++) {
            if (before.cancelled().get(position) || !order.lines().get(position).cancelled()) {
                continue;
            }
            jdbc.sql("""
                            UPDATE ordering.order_lines SET cancel_reason = :reason
                            WHERE order_id = :id AND position = :position AND cancel_reason IS NULL""")
                    .param("reason", order.lines().get(position).cancelReason())
                    .param("id", order.getId().id())
                    .param("position", position)
                    .update();
        }
    }

    private Map<UUID, List<OrderLine>> lines(List<UUID> orders) {
        var lines = new HashMap<UUID, List<OrderLine>>();
        jdbc.sql("""
                        SELECT order_id, menu_id, name, unit_price, quantity, options, cancel_reason
                        FROM ordering.order_lines
                        WHERE order_id IN (:ids) ORDER BY order_id, position""").param("ids", orders).query(rs -> {
            lines.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>())
                    .add(line(rs));
        });
        return lines;
    }

    private OrderLine line(ResultSet rs) throws SQLException {
        return new OrderLine(
                rs.getObject("menu_id", UUID.class),
                rs.getString("name"),
                Money.won(rs.getLong("unit_price")),
                rs.getInt("quantity"),
                json.readValue(rs.getString("options"), OPTIONS).stream()
                        .map(o -> new ChosenOption(
                                o.group() == null ? FlatOptions.GROUP : o.group(), o.name(), Money.won(o.price())))
                        .toList(),
                rs.getString("cancel_reason"));
    }

    private static StatusChange statusChange(ResultSet rs) throws SQLException {
        return new StatusChange(
                OrderStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("changed_at").toInstant());
    }

    private Map<UUID, List<StatusChange>> history(List<UUID> orders) {
        var history = new HashMap<UUID, List<StatusChange>>();
        jdbc.sql("""
                        SELECT order_id, status, changed_at FROM ordering.order_history
                        WHERE order_id IN (:ids) ORDER BY order_id, position""").param("ids", orders).query(rs -> {
            history.computeIfAbsent(rs.getObject("order_id", UUID.class), k -> new ArrayList<>())
                    .add(statusChange(rs));
        });
        return history;
    }

    private Order toDomain(Header h, Map<UUID, List<OrderLine>> lines, Map<UUID, List<StatusChange>> history) {
        return handOut(Order.restore(
                new OrderId(h.id()),
                new OrderNumber(h.number()),
                h.customerId(),
                h.shopId(),
                lines.getOrDefault(h.id(), List.of()),
                new DeliveryAddress(h.deliveryAddress(), new GeoPoint(h.lat(), h.lng())),
                Money.won(h.deliveryFee()),
                Money.won(h.discountAmount()),
                h.couponId(),
                Money.won(h.pointsUsed()),
                OrderStatus.valueOf(h.status()),
                h.cancelReason(),
                h.deliveryId(),
                history.getOrDefault(h.id(), List.of()),
                h.version()));
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(
                rs.getObject("id", UUID.class),
                rs.getString("order_number"),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                rs.getString("status"),
                rs.getString("delivery_address"),
                rs.getDouble("lat"),
                rs.getDouble("lng"),
                rs.getLong("delivery_fee"),
                rs.getLong("discount_amount"),
                rs.getObject("coupon_id", UUID.class),
                rs.getLong("points_used"),
                rs.getString("cancel_reason"),
                rs.getObject("delivery_id", UUID.class),
                rs.getLong("version"));
    }

    /** The order row without its lines and timeline. */
    private record Header(
            UUID id,
            String number,
            UUID customerId,
            UUID shopId,
            String status,
            String deliveryAddress,
            double lat,
            double lng,
            long deliveryFee,
            long discountAmount,
            @Nullable UUID couponId,
            long pointsUsed,
            @Nullable String cancelReason,
            @Nullable UUID deliveryId,
            long version) {}

    /** An option as stored; options stored before option groups have no group. */
    private record OptionJson(@Nullable String group, String name, long price) {}
}
