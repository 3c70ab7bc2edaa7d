package baedal.display.application;

import java.util.List;
import java.util.UUID;

/** The JSON shapes of the display endpoints (serialised once per change, then served as bytes). */
final class DisplayViews {

    private DisplayViews() {}

    record ShopCard(
            UUID shopId,
            String name,
            String category,
            boolean open,
            double rating,
            int reviewCount,
            long minOrderAmount,
            long deliveryFee,
            String adTier) {}

    record ShopDetail(
            UUID shopId,
            String name,
            String category,
            boolean open,
            double rating,
            int reviewCount,
            long minOrderAmount,
            long deliveryFee,
            String adTier,
            String address,
            double lat,
            double lng,
            int deliveryRadiusMeters,
            List<Hours> openingHours,
            List<Menu> menus,
            long version) {}

    record Hours(String day, String opens, String closes) {}

    record Menu(UUID id, String name, long price, String group, List<Option> options, boolean soldOut) {}

    record Option(String name, long price) {}

    record CategoryCount(String category, int openShops) {}
}
