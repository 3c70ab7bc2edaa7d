package baedal.shop.adapter.out.persistence;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.Shop;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.ShopProfile;
import baedal.shop.domain.Shops;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shops in {@code shop.shops}, with plain JDBC: a version check on every change, and the events the shop recorded
 * published in the caller's transaction, so the outbox entry commits with the row.
 */
@SecondaryAdapter
@Component
class ShopJdbcAdapter implements Shops {

    private static final String COLUMNS = "id, owner_id, name, category, address, lat, lng, delivery_radius_meters,"
            + " min_order_amount, delivery_fee, delivery_fee_tiers, opening_hours, breaks, closed_days, holidays, zone_id,"
            + " is_open, is_closed_down, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ShopJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Shop> findById(ShopId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shop.shops WHERE id = :id")
                .param("id", id.id())
                .query(ShopJdbcAdapter::map)
                .optional();
    }

    @Override
    public List<Shop> findPage(int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM shop.shops ORDER BY id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("offset", (long) page * size)
                .param("size", size)
                .query(ShopJdbcAdapter::map)
                .list();
    }

    @Override
    public List<Shop> findByOwner(OwnerId owner) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM shop.shops WHERE owner_id = :owner ORDER BY name, id")
                .param("owner", owner.id())
                .query(ShopJdbcAdapter::map)
                .list();
    }

    @Override
    public Shop save(Shop shop) {
        var profile = shop.profile();
        var statement = shop.version() == 0
                ? jdbc.sql("INSERT INTO shop.shops (" + COLUMNS + ") VALUES (:id, :owner, :name, :category, :address,"
                        + " :lat, :lng, :radius, :minOrder, :fee, :tiers, :hours, :breaks, :closedDays, :holidays, :zone,"
                        + " :open, :closedDown, 1)")
                : jdbc.sql("UPDATE shop.shops SET name = :name, category = :category, address = :address, lat = :lat,"
                        + " lng = :lng, delivery_radius_meters = :radius, min_order_amount = :minOrder,"
                        + " delivery_fee = :fee, delivery_fee_tiers = :tiers, opening_hours = :hours, breaks = :breaks,"
                        + " closed_days = :closedDays, holidays = :holidays, zone_id = :zone, is_open = :open,"
                        + " is_closed_down = :closedDown, version = version + 1"
                        + " WHERE id = :id AND owner_id = :owner AND version = :version");
        var written = statement
                .param("id", shop.getId().id())
                .param("owner", shop.ownerId().id())
                .param("name", profile.name())
                .param("category", profile.category().name())
                .param("address", profile.address())
                .param("lat", profile.location().lat())
                .param("lng", profile.location().lng())
                .param("radius", profile.deliveryRadiusMeters())
                .param("minOrder", profile.minOrderAmount().won())
                .param("fee", profile.deliveryFee().won())
                .param("tiers", OpeningHoursFormat.feeTiers(profile.deliveryFeeTiers()))
                .param("hours", OpeningHoursFormat.periods(profile.openingHours()))
                .param("breaks", OpeningHoursFormat.breaks(profile.openingHours()))
                .param("closedDays", OpeningHoursFormat.closedDays(profile.openingHours()))
                .param("holidays", OpeningHoursFormat.holidays(profile.openingHours()))
                .param("zone", profile.zone().getId())
                .param("open", shop.isOpen())
                .param("closedDown", shop.isClosedDown())
                .param("version", shop.version())
                .update();
        if (written == 0) {
            throw new OptimisticLockingFailureException("shop " + shop.getId().id() + " changed concurrently");
        }
        shop.releaseEvents().forEach(events::publishEvent);
        return Shop.restore(
                shop.getId(), shop.ownerId(), profile, shop.isOpen(), shop.isClosedDown(), shop.version() + 1);
    }

    private static Shop map(ResultSet row, int number) throws SQLException {
        var profile = new ShopProfile(
                row.getString("name"),
                ShopCategory.valueOf(row.getString("category")),
                row.getString("address"),
                new GeoPoint(row.getDouble("lat"), row.getDouble("lng")),
                row.getInt("delivery_radius_meters"),
                Money.won(row.getLong("min_order_amount")),
                Money.won(row.getLong("delivery_fee")),
                OpeningHoursFormat.parseFeeTiers(row.getString("delivery_fee_tiers")),
                OpeningHoursFormat.parse(
                        row.getString("opening_hours"),
                        row.getString("breaks"),
                        row.getString("closed_days"),
                        row.getString("holidays")),
                ZoneId.of(row.getString("zone_id")));
        return Shop.restore(
                new ShopId(row.getObject("id", UUID.class)),
                new OwnerId(row.getObject("owner_id", UUID.class)),
                profile,
                row.getBoolean("is_open"),
                row.getBoolean("is_closed_down"),
                row.getLong("version"));
    }
}
