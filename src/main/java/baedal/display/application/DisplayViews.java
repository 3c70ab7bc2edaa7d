package baedal.display.application;

import java.util.List;
import java.util.UUID;

/**
 * The JSON shapes of the display endpoints: serialised once per change and then served as bytes, and named in the
 * OpenAPI description so that clients know what they receive.
 */
public final class DisplayViews {

    private DisplayViews() {}

    public record ShopCard(
            UUID shopId,
            String name,
            String category,
            boolean open,
            double rating,
            int reviewCount,
            long minOrderAmount,
            long deliveryFee,
            String adTier) {}

    public record ShopDetail(
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
            List<FeeTier> deliveryFeeTiers,
            List<Hours> openingHours,
            List<Break> breaks,
            List<String> closedDays,
            List<String> holidays,
            String zone,
            List<Menu> menus,
            long version) {}

    /** An opening period; {@code closes} before {@code opens} means past midnight, equal all day. */
    public record Hours(String day, String opens, String closes) {}

    /** A break time within a day. */
    public record Break(String day, String starts, String ends) {}

    /** The delivery fee for addresses up to {@code upToMeters} away (beyond the tier before); beyond all tiers, deliveryFee. */
    public record FeeTier(int upToMeters, long fee) {}

    /** A menu; {@code options} lists every option of every group, in order, for clients that know only a flat list. */
    public record Menu(
            UUID id,
            String name,
            long price,
            String group,
            List<Option> options,
            List<OptionGroup> optionGroups,
            boolean soldOut) {}

    /** A choice to make for a menu: at least {@code minChoices}, at most {@code maxChoices} of its options. */
    public record OptionGroup(String name, int minChoices, int maxChoices, List<Option> options) {}

    public record Option(String name, long price, boolean soldOut) {}

    public record CategoryCount(String category, int openShops) {}

    /** The home screen: per category, how many shops are open now and deliver to the location. */
    public record Home(List<CategoryCount> categories, int openShops) {}

    /** One page of the shop list (written by hand from the pre-rendered cards, in this shape). */
    public record ShopPage(List<ShopCard> items, int page, int size, int totalItems, int totalPages) {}
}
