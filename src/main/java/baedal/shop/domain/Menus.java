package baedal.shop.domain;

import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.types.Repository;

/** Stored menus. Saving publishes the events the menu recorded, in the same transaction. */
@SecondaryPort
public interface Menus extends Repository<Menu, MenuId> {

    Optional<Menu> findById(MenuId id);

    List<Menu> findByShop(ShopId shopId);

    Menu save(Menu menu);
}
