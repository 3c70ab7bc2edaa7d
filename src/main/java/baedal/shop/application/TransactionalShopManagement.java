package baedal.shop.application;

import baedal.shop.application.ShopCommands.AddMenu;
import baedal.shop.application.ShopCommands.ChangeMenu;
import baedal.shop.application.ShopCommands.ChangeShop;
import baedal.shop.application.ShopCommands.RegisterShop;
import baedal.shop.domain.Menu;
import baedal.shop.domain.MenuId;
import baedal.shop.domain.MenuNotFoundException;
import baedal.shop.domain.Menus;
import baedal.shop.domain.OwnerId;
import baedal.shop.domain.Shop;
import baedal.shop.domain.ShopId;
import baedal.shop.domain.ShopNotFoundException;
import baedal.shop.domain.Shops;
import java.time.Clock;
import java.time.Instant;
import org.jmolecules.architecture.hexagonal.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the aggregate, checks the caller owns it, applies the change and stores it (which publishes its events). */
@Application
@Service
@Transactional
class TransactionalShopManagement implements ShopManagement {

    private static final Logger log = LoggerFactory.getLogger(TransactionalShopManagement.class);

    private final Shops shops;
    private final Menus menus;
    private final Clock clock;

    TransactionalShopManagement(Shops shops, Menus menus, Clock clock) {
        this.shops = shops;
        this.menus = menus;
        this.clock = clock;
    }

    @Override
    public ShopId register(RegisterShop command) {
        var shop = shops.save(Shop.register(ShopId.random(), command.owner(), command.profile(), now()));
        log.info(
                "Shop {} '{}' registered by {}",
                shop.getId().id(),
                shop.profile().name(),
                command.owner().id());
        return shop.getId();
    }

    @Override
    public void change(ChangeShop command) {
        var shop = ownedShop(command.owner(), command.shopId());
        shop.change(command.profile(), now());
        shops.save(shop);
    }

    @Override
    public void open(OwnerId owner, ShopId shopId) {
        var shop = ownedShop(owner, shopId);
        shop.open(now());
        shops.save(shop);
    }

    @Override
    public void close(OwnerId owner, ShopId shopId) {
        var shop = ownedShop(owner, shopId);
        shop.close(now());
        shops.save(shop);
    }

    @Override
    public void closeDown(OwnerId owner, ShopId shopId) {
        var shop = ownedShop(owner, shopId);
        shop.closeDown(now());
        shops.save(shop);
    }

    @Override
    public MenuId addMenu(AddMenu command) {
        ownedShop(command.owner(), command.shopId());
        var menu = Menu.add(MenuId.random(), command.shopId(), command.details(), command.soldOut(), now());
        return menus.save(menu).getId();
    }

    @Override
    public void changeMenu(ChangeMenu command) {
        ownedShop(command.owner(), command.shopId());
        var menu = menus.findById(command.menuId())
                .filter(found -> found.belongsTo(command.shopId()))
                .orElseThrow(() ->
                        new MenuNotFoundException("menu " + command.menuId().id() + " not found in this shop"));
        menu.change(command.details(), command.soldOut(), now());
        menus.save(menu);
    }

    private Shop ownedShop(OwnerId owner, ShopId shopId) {
        var shop = shops.findById(shopId)
                .orElseThrow(() -> new ShopNotFoundException("shop " + shopId.id() + " not found"));
        shop.assertOwnedBy(owner);
        return shop;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
