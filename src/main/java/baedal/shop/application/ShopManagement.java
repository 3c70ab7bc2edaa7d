package baedal.shop.application;

import baedal.shop.application.ShopCommands.AddMenu;
import baedal.shop.application.ShopCommands.ChangeMenu;
import baedal.shop.application.ShopCommands.ChangeShop;
import baedal.shop.application.ShopCommands.RegisterShop;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.ShopId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** What an owner does with their shops. Each call is one transaction and publishes the resulting events. */
@PrimaryPort
public interface ShopManagement {

    /** Registers a new, still closed shop for the owner. */
    ShopId register(RegisterShop command);

    /** Replaces the shop's profile; only its owner may. */
    void change(ChangeShop command);

    /** Starts taking orders; only its owner may. */
    void open(OwnerId owner, ShopId shopId);

    /** Stops taking orders; only its owner may. */
    void close(OwnerId owner, ShopId shopId);

    /** Closes the shop down for good (no reopening); its ads stop. */
    void closeDown(OwnerId owner, ShopId shopId);

    /** Adds a menu to the owner's shop. */
    MenuId addMenu(AddMenu command);

    /** Changes a menu of the owner's shop, including its sold-out flag. */
    void changeMenu(ChangeMenu command);
}
