package baedal.display.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the display knows about one shop: the shop itself, its menus, its reputation and its ad tier,
 * each part carrying the version it was copied at. Merging only ever moves a part forward, so duplicate,
 * late or out-of-order events cannot make the document older.
 */
public record ShopDocument(ShopSnapshot shop, List<MenuItem> menus, double rating, int reviewCount, AdTier adTier) {

    private static final double METERS_PER_DEGREE = 111_320.0;

    public ShopDocument {
        menus = menus.stream()
                .sorted(Comparator.comparing(MenuItem::group).thenComparing(MenuItem::name))
                .toList();
    }

    public static ShopDocument of(ShopSnapshot shop, List<MenuItem> menus) {
        return new ShopDocument(shop, menus, 0, 0, AdTier.NONE);
    }

    public UUID shopId() {
        return shop.shopId();
    }

    /** Takes the snapshot if it is newer than the shop part of this document. */
    /** The same shop with the rating and review count its reviews add up to now. */
    public ShopDocument withRating(double newRating, int newReviewCount) {
        return new ShopDocument(shop, menus, newRating, newReviewCount, adTier);
    }

    /** The same shop with the ad tier its running contracts give it now. */
    public ShopDocument withAdTier(AdTier tier) {
        return new ShopDocument(shop, menus, rating, reviewCount, tier);
    }

    public ShopDocument mergeShop(ShopSnapshot newer) {
        return newer.version() > shop.version() ? new ShopDocument(newer, menus, rating, reviewCount, adTier) : this;
    }

    /** Takes the publisher's current menu list; for a menu known on both sides the higher version wins. */
    public ShopDocument mergeMenus(List<MenuItem> current) {
        Map<UUID, MenuItem> known = new HashMap<>();
        menus.forEach(menu -> known.put(menu.menuId(), menu));
        var merged = current.stream()
                .map(menu -> {
                    var mine = known.get(menu.menuId());
                    return mine != null && mine.version() >= menu.version() ? mine : menu;
                })
                .toList();
        return new ShopDocument(shop, merged, rating, reviewCount, adTier);
    }

    /** The version of one menu in this document, or 0 when unknown. */
    public long menuVersion(UUID menuId) {
        return menus.stream()
                .filter(menu -> menu.menuId().equals(menuId))
                .mapToLong(MenuItem::version)
                .findFirst()
                .orElse(0);
    }

    /** Open for orders at the instant: the owner's switch is on and the schedule says open, in the shop's zone. */
    public boolean isOpenAt(Instant now) {
        return shop.openFlag() && shop.hours().isOpenAt(LocalDateTime.ofInstant(now, shop.zone()));
    }

    /** Whether a delivery address lies inside the shop's delivery radius (equirectangular, fine below 50 km). */
    public boolean deliversTo(double lat, double lng) {
        return distanceMeters(lat, lng) <= shop.deliveryRadiusMeters();
    }

    public double distanceMeters(double lat, double lng) {
        var dLat = (lat - shop.lat()) * METERS_PER_DEGREE;
        var dLng = (lng - shop.lng()) * METERS_PER_DEGREE * Math.cos(Math.toRadians((lat + shop.lat()) / 2));
        return Math.sqrt(dLat * dLat + dLng * dLng);
    }
}
