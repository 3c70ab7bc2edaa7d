package baedal.shop.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.shop.events.ShopChanged;
import baedal.shop.events.ShopClosed;
import baedal.shop.events.ShopClosedDown;
import baedal.shop.events.ShopOpened;
import baedal.shop.events.ShopRegistered;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A shop, run by one owner. Every change records a zero-payload event carrying the version the shop will
 * have once stored; {@code version} is the stored version (0 before the first save).
 */
public class Shop extends EventRecordingAggregateRoot<Shop, ShopId> {

    private final ShopId id;
    private final OwnerId ownerId;
    private ShopProfile profile;
    private boolean open;
    private boolean closedDown;
    private final long version;

    private Shop(ShopId id, OwnerId ownerId, ShopProfile profile, boolean open, boolean closedDown, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.open = open;
        this.closedDown = closedDown;
        this.version = version;
    }

    /** A new shop starts closed: the owner opens it when the kitchen is ready. */
    public static Shop register(ShopId id, OwnerId owner, ShopProfile profile, Instant now) {
        var shop = new Shop(id, owner, profile, false, false, 0);
        shop.registerEvent(new ShopRegistered(UUID.randomUUID(), id.id(), shop.nextVersion(), now));
        return shop;
    }

    /** Rebuilds a stored shop; records no event. */
    public static Shop restore(ShopId id, OwnerId owner, ShopProfile profile, boolean open, long version) {
        return restore(id, owner, profile, open, false, version);
    }

    /** Rebuilds a stored shop, possibly closed down for good; records no event. */
    public static Shop restore(
            ShopId id, OwnerId owner, ShopProfile profile, boolean open, boolean closedDown, long version) {
        return new Shop(id, owner, profile, open, closedDown, version);
    }

    public void assertOwnedBy(OwnerId caller) {
        if (!ownerId.equals(caller)) {
            throw new NotYourShopException("shop " + id.id() + " belongs to another owner");
        }
    }

    public void change(ShopProfile newProfile, Instant now) {
        Objects.requireNonNull(newProfile, "profile");
        if (newProfile.equals(profile)) {
            return;
        }
        profile = newProfile;
        registerEvent(new ShopChanged(UUID.randomUUID(), id.id(), nextVersion(), now));
    }

    /** Starts taking orders; opening an open shop changes nothing. */
    public void open(Instant now) {
        if (closedDown) {
            throw new ShopClosedDownException("shop " + id.id() + " has closed down");
        }
        if (open) {
            return;
        }
        open = true;
        registerEvent(new ShopOpened(UUID.randomUUID(), id.id(), nextVersion(), now));
    }

    /** Stops taking orders; closing a closed shop changes nothing. */
    public void close(Instant now) {
        if (!open) {
            return;
        }
        open = false;
        registerEvent(new ShopClosed(UUID.randomUUID(), id.id(), nextVersion(), now));
    }

    /** The business closes for good: it stops taking orders and its ads stop; closing down twice changes nothing. */
    public void closeDown(Instant now) {
        if (closedDown) {
            return;
        }
        open = false;
        closedDown = true;
        registerEvent(new ShopClosedDown(UUID.randomUUID(), id.id(), nextVersion(), now));
    }

    public boolean isClosedDown() {
        return closedDown;
    }

    private long nextVersion() {
        return version + 1;
    }

    @Override
    public ShopId getId() {
        return id;
    }

    public OwnerId ownerId() {
        return ownerId;
    }

    public ShopProfile profile() {
        return profile;
    }

    public boolean isOpen() {
        return open;
    }

    public long version() {
        return version;
    }
}
