package baedal.shop.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.shop.events.MenuAdded;
import baedal.shop.events.MenuChanged;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A dish on a shop's menu board. Its own aggregate, so menu edits never contend with shop edits. */
public class Menu extends EventRecordingAggregateRoot<Menu, MenuId> {

    private final MenuId id;
    private final ShopId shopId;
    private MenuDetails details;
    private boolean soldOut;
    private final long version;

    private Menu(MenuId id, ShopId shopId, MenuDetails details, boolean soldOut, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.shopId = Objects.requireNonNull(shopId, "shopId");
        this.details = Objects.requireNonNull(details, "details");
        this.soldOut = soldOut;
        this.version = version;
    }

    public static Menu add(MenuId id, ShopId shopId, MenuDetails details, boolean soldOut, Instant now) {
        var menu = new Menu(id, shopId, details, soldOut, 0);
        menu.registerEvent(new MenuAdded(UUID.randomUUID(), id.id(), shopId.id(), 1, now));
        return menu;
    }

    /** Rebuilds a stored menu; records no event. */
    public static Menu restore(MenuId id, ShopId shopId, MenuDetails details, boolean soldOut, long version) {
        return new Menu(id, shopId, details, soldOut, version);
    }

    public void change(MenuDetails newDetails, boolean newSoldOut, Instant now) {
        Objects.requireNonNull(newDetails, "details");
        if (newDetails.equals(details) && newSoldOut == soldOut) {
            return;
        }
        details = newDetails;
        soldOut = newSoldOut;
        registerEvent(new MenuChanged(UUID.randomUUID(), id.id(), shopId.id(), version + 1, now));
    }

    public boolean belongsTo(ShopId shop) {
        return shopId.equals(shop);
    }

    @Override
    public MenuId getId() {
        return id;
    }

    public ShopId shopId() {
        return shopId;
    }

    public MenuDetails details() {
        return details;
    }

    public boolean isSoldOut() {
        return soldOut;
    }

    public long version() {
        return version;
    }
}
