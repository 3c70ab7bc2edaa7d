package baedal.shop.adapter.out.persistence;

import baedal.kernel.Money;
import baedal.shop.domain.Menu;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.Menus;
import baedal.shop.domain.ShopId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Menus in {@code shop.menus} with their options, in order, in {@code shop.menu_options}, with plain JDBC: a version
 * check on every change, and the events each menu recorded published in the caller's transaction.
 */
@SecondaryAdapter
@Component
class MenuJdbcAdapter implements Menus {

    private static final String COLUMNS = "id, shop_id, name, price, menu_group, sold_out, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MenuJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<Menu> findById(MenuId id) {
        var options = options(
                "SELECT menu_id, name, price FROM shop.menu_options WHERE menu_id = :id" + " ORDER BY position",
                id.id());
        return jdbc.sql("SELECT " + COLUMNS + " FROM shop.menus WHERE id = :id")
                .param("id", id.id())
                .query((row, number) -> map(row, options))
                .optional();
    }

    @Override
    public List<Menu> findByShop(ShopId shopId) {
        var options = options(
                "SELECT o.menu_id, o.name, o.price FROM shop.menu_options o"
                        + " JOIN shop.menus m ON m.id = o.menu_id WHERE m.shop_id = :id ORDER BY o.menu_id, o.position",
                shopId.id());
        return jdbc.sql("SELECT " + COLUMNS + " FROM shop.menus WHERE shop_id = :id ORDER BY id")
                .param("id", shopId.id())
                .query((row, number) -> map(row, options))
                .list();
    }

    @Override
    public Menu save(Menu menu) {
        var details = menu.details();
        var statement = menu.version() == 0
                ? jdbc.sql("INSERT INTO shop.menus (" + COLUMNS + ")"
                        + " VALUES (:id, :shop, :name, :price, :group, :soldOut, 1)")
                : jdbc.sql("UPDATE shop.menus SET name = :name, price = :price, menu_group = :group,"
                        + " sold_out = :soldOut, version = version + 1"
                        + " WHERE id = :id AND shop_id = :shop AND version = :version");
        var written = statement
                .param("id", menu.getId().id())
                .param("shop", menu.shopId().id())
                .param("name", details.name())
                .param("price", details.price().won())
                .param("group", details.group())
                .param("soldOut", menu.isSoldOut())
                .param("version", menu.version())
                .update();
        if (written == 0) {
            throw new OptimisticLockingFailureException("menu " + menu.getId().id() + " changed concurrently");
        }
        jdbc.sql("DELETE FROM shop.menu_options WHERE menu_id = :id")
                .param("id", menu.getId().id())
                .update();
        var position = 0;
        for (var option : details.options()) {
            jdbc.sql("INSERT INTO shop.menu_options (menu_id, position, name, price)"
                            + " VALUES (:menu, :position, :name, :price)")
                    .param("menu", menu.getId().id())
                    .param("position", position++)
                    .param("name", option.name())
                    .param("price", option.price().won())
                    .update();
        }
        menu.releaseEvents().forEach(events::publishEvent);
        return Menu.restore(menu.getId(), menu.shopId(), details, menu.isSoldOut(), menu.version() + 1);
    }

    /** The options of the menus the query selects, by menu, in their order. */
    private Map<UUID, List<MenuOption>> options(String sql, UUID id) {
        var options = new HashMap<UUID, List<MenuOption>>();
        jdbc.sql(sql).param("id", id).query(row -> {
            options.computeIfAbsent(row.getObject("menu_id", UUID.class), menu -> new ArrayList<>())
                    .add(new MenuOption(row.getString("name"), Money.won(row.getLong("price"))));
        });
        return options;
    }

    private static Menu map(ResultSet row, Map<UUID, List<MenuOption>> options) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var details = new MenuDetails(
                row.getString("name"),
                Money.won(row.getLong("price")),
                row.getString("menu_group"),
                options.getOrDefault(id, List.of()));
        return Menu.restore(
                new MenuId(id),
                new ShopId(row.getObject("shop_id", UUID.class)),
                details,
                row.getBoolean("sold_out"),
                row.getLong("version"));
    }
}
