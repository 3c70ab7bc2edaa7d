package baedal.ad.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Port;

/** Read-only access to ads for subscribers of ad events (the display ranks by them, settlement charges them). */
@Port
public interface AdQueries {

    /** The strongest ad running for the shop now: {@code NONE}, {@code ULTRA_CALL} or {@code OPEN_LIST}. */
    ShopAds adsOf(UUID shopId);

    /** A contract as those who charge for it see it; {@code monthlyFee} is 0 for Open List. */
    Optional<ContractTerms> contract(UUID contractId);

    /** {@code commissionPercent} is what an Open List contract takes of each sale (0 without one). */
    record ShopAds(UUID shopId, String tier, int commissionPercent) {}

    record ContractTerms(
            UUID contractId, UUID shopId, String product, long monthlyFee, Instant startsAt, Instant endsAt) {}
}
