package baedal.shop.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Row of {@code shop.menus} with its options in {@code shop.menu_options}. */
@Table(schema = "shop", name = "menus")
record MenuRow(
        @Id UUID id,
        UUID shopId,
        String name,
        long price,
        String menuGroup,
        boolean soldOut,

        @MappedCollection(idColumn = "menu_id", keyColumn = "position")
        List<MenuOptionRow> options,

        @Version long version) {

    MenuRow withVersion(long newVersion) {
        return new MenuRow(id, shopId, name, price, menuGroup, soldOut, options, newVersion);
    }

    @Table(schema = "shop", name = "menu_options")
    record MenuOptionRow(String name, long price) {}
}
