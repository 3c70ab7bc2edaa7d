package baedal.ad.api;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/** Read-only access to ads for subscribers of ad events (the display ranks by them, settlement charges them). */
@Port
public interface AdQueries {

    /** The strongest ad running for the shop now: {@code NONE}, {@code ULTRA_CALL} or {@code OPEN_LIST}. */
    ShopAds adsOf(UUID shopId);

    /** {@code commissionPercent} is what an Open List contract takes of each sale (0 without one). */
    record ShopAds(UUID shopId, String tier, int commissionPercent) {}
}
