package baedal.shop.adapter.out.persistence;

import baedal.kernel.Money;
import baedal.shop.domain.Menu;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.MenuOptionGroup;
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
 * Menus in {@code shop.menus} with their option groups, in order, in {@code shop.menu_option_groups} and their
 * options in {@code shop.menu_options}, with plain JDBC: a version
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

    /*
     * Menus are read before their option groups and options, in separate statements: a menu that is seen was
     * committed with its groups and options, so they are there too (read the other way round, a menu added meanwhile
     * would come without them).
     */

    @Override
    public Optional<Menu> findById(MenuId id) {
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM shop.menus WHERE id = :id")
                .param("id", id.id())
                .query(MenuRow::of)
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var groups = optionGroups(
                "SELECT menu_id, position, name, min_choices, max_choices FROM shop.menu_option_groups"
                        + " WHERE menu_id = :id ORDER BY position",
                "SELECT menu_id, group_position, name, price, sold_out FROM shop.menu_options WHERE menu_id = :id"
                        + " ORDER BY position",
                id.id());
        return Optional.of(rows.getFirst().toMenu(groups));
    }

    @Override
    public List<Menu> findByShop(ShopId shopId) {
        var rows = jdbc.sql("SELECT " + COLUMNS + " FROM shop.menus WHERE shop_id = :id ORDER BY id")
                .param("id", shopId.id())
                .query(MenuRow::of)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var groups = optionGroups(
                "SELECT g.menu_id, g.position, g.name, g.min_choices, g.max_choices FROM shop.menu_option_groups g"
                        + " JOIN shop.menus m ON m.id = g.menu_id WHERE m.shop_id = :id ORDER BY g.menu_id, g.position",
                "SELECT o.menu_id, o.group_position, o.name, o.price, o.sold_out FROM shop.menu_options o"
                        + " JOIN shop.menus m ON m.id = o.menu_id WHERE m.shop_id = :id ORDER BY o.menu_id, o.position",
                shopId.id());
        return rows.stream().map(row -> row.toMenu(groups)).toList();
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
        jdbc.sql("DELETE FROM shop.menu_option_groups WHERE menu_id = :id")
                .param("id", menu.getId().id())
                .update();
        var position = 0;
        var groupPosition = 0;
        for (var group : details.optionGroups()) {
            jdbc.sql("INSERT INTO shop.menu_option_groups (menu_id, position, name, min_choices, max_choices)"
                            + " VALUES (:menu, :position, :name, :min, :max)")
                    .param("menu", menu.getId().id())
                    .param("position", groupPosition)
                    .param("name", group.name())
                    .param("min", group.minChoices())
                    .param("max", group.maxChoices())
                    .update();
            for (var option : group.options()) {
                jdbc.sql("INSERT INTO shop.menu_options (menu_id, position, group_position, name, price, sold_out)"
                                + " VALUES (:menu, :position, :group, :name, :price, :soldOut)")
                        .param("menu", menu.getId().id())
                        .param("position", position++)
                        .param("group", groupPosition)
                        .param("name", option.name())
                        .param("price", option.price().won())
                        .param("soldOut", option.soldOut())
                        .update();
            }
            groupPosition++;
        }
        menu.releaseEvents().forEach(events::publishEvent);
        return Menu.restore(menu.getId(), menu.shopId(), details, menu.isSoldOut(), menu.version() + 1);
    }

    /** The option groups of the menus the queries select, by menu, in their order, each with its options. */
    private Map<UUID, List<MenuOptionGroup>> optionGroups(String groupsSql, String optionsSql, UUID id) {
        record GroupRow(int position, String name, int minChoices, int maxChoices, List<MenuOption> options) {}
        var groups = new HashMap<UUID, List<GroupRow>>();
        jdbc.sql(groupsSql).param("id", id).query(row -> {
            groups.computeIfAbsent(row.getObject("menu_id", UUID.class), menu -> new ArrayList<>())
                    .add(new GroupRow(
                            row.getInt("position"),
                            row.getString("name"),
                            row.getInt("min_choices"),
                            row.getInt("max_choices"),
                            new ArrayList<>()));
        });
        jdbc.sql(optionsSql).param("id", id).query(row -> {
            var position = row.getInt("group_position");
            var option =
                    new MenuOption(row.getString("name"), Money.won(row.getLong("price")), row.getBoolean("sold_out"));
            groups.getOrDefault(row.getObject("menu_id", UUID.class), List.of()).stream()
                    .filter(group -> group.position() == position)
                    .findFirst()
                    .ifPresent(group -> group.options().add(option));
        });
        var result = new HashMap<UUID, List<MenuOptionGroup>>();
        groups.forEach((menu, rows) -> result.put(
                menu,
                rows.stream()
                        .filter(group -> !group.options().isEmpty())
                        .map(group -> new MenuOptionGroup(
                                group.name(), group.minChoices(), group.maxChoices(), group.options()))
                        .toList()));
        return result;
    }

    /** A row of {@code shop.menus}, waiting for its option groups. */
    private record MenuRow(UUID id, UUID shopId, String name, long price, String group, boolean soldOut, long version) {

        static MenuRow of(ResultSet row, int number) throws SQLException {
            return new MenuRow(
                    row.getObject("id", UUID.class),
                    row.getObject("shop_id", UUID.class),
                    row.getString("name"),
                    row.getLong("price"),
                    row.getString("menu_group"),
                    row.getBoolean("sold_out"),
                    row.getLong("version"));
        }

        Menu toMenu(Map<UUID, List<MenuOptionGroup>> optionGroups) {
            var details = new MenuDetails(name, Money.won(price), group, optionGroups.getOrDefault(id, List.of()));
            return Menu.restore(new MenuId(id), new ShopId(shopId), details, soldOut, version);
        }
    }
}
