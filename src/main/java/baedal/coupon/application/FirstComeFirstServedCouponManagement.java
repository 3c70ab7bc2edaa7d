package baedal.coupon.application;

import baedal.coupon.domain.AlreadyIssuedException;
import baedal.coupon.domain.CampaignEndedException;
import baedal.coupon.domain.CampaignId;
import baedal.coupon.domain.CampaignNotFoundException;
import baedal.coupon.domain.CampaignNotOpenException;
import baedal.coupon.domain.CampaignTally;
import baedal.coupon.domain.Coupon;
import baedal.coupon.domain.CouponCampaign;
import baedal.coupon.domain.CouponCampaigns;
import baedal.coupon.domain.CouponIssuance;
import baedal.coupon.domain.Coupons;
import baedal.coupon.domain.SoldOutException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues coupons without letting a burst reach the database more than it must. Campaigns never change, so each
 * instance keeps them in memory; once this instance learnt a campaign is sold out, or that a customer holds the
 * limit, it refuses at once. Everything else goes to {@link CouponIssuance}, which decides under the database's
 * lock and commits before answering — so the in-memory state only ever saves work, never decides a coupon.
 */
@Application
@Service
class FirstComeFirstServedCouponManagement implements CouponManagement {

    private final CouponCampaigns campaigns;
    private final Coupons coupons;
    private final CouponIssuance issuance;
    private final Clock clock;
    private final Map<CampaignId, CouponCampaign> known = new ConcurrentHashMap<>();
    private final Set<CampaignId> soldOut = ConcurrentHashMap.newKeySet();
    private final Map<CampaignId, Map<UUID, Integer>> claimed = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    FirstComeFirstServedCouponManagement(
            CouponCampaigns campaigns, Coupons coupons, CouponIssuance issuance, Clock clock, MeterRegistry meters) {
        this.campaigns = campaigns;
        this.coupons = coupons;
        this.issuance = issuance;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    @Transactional
    public CampaignId createCampaign(CouponCampaign campaign) {
        campaigns.add(campaign, Instant.now(clock));
        return campaign.getId();
    }

    @Override
    public List<CouponCampaign> currentCampaigns() {
        return campaigns.findValidAt(Instant.now(clock), 50);
    }

    @Override
    public CouponCampaign campaign(CampaignId id) {
        var campaign = known.get(id);
        if (campaign == null) {
            campaign = campaigns
                    .findById(id)
                    .orElseThrow(() -> new CampaignNotFoundException("coupon campaign " + id.id() + " not found"));
            known.put(id, campaign);
        }
        return campaign;
    }

    @Override
    public Coupon issue(CampaignId id, UUID customerId) {
        var outcome = "error";
        try {
            var coupon = claim(id, customerId);
            outcome = "issued";
            return coupon;
        } catch (SoldOutException e) {
            outcome = "sold_out";
            throw e;
        } catch (AlreadyIssuedException e) {
            outcome = "already_issued";
            throw e;
        } catch (CampaignNotOpenException | CampaignEndedException e) {
            outcome = "not_claimable";
            throw e;
        } finally {
            meters.counter("baedal.coupons.claims", "outcome", outcome).increment();
        }
    }

    private Coupon claim(CampaignId id, UUID customerId) {
        var campaign = campaign(id);
        campaign.checkClaimableAt(Instant.now(clock));
        if (soldOut.contains(id)) {
            throw soldOut(id);
        }
        var holders = claimed.computeIfAbsent(id, k -> new ConcurrentHashMap<>());
        if (holders.merge(customerId, 1, Integer::sum) > campaign.perUserLimit()) {
            holders.merge(customerId, -1, Integer::sum);
            throw alreadyIssued(id);
        }
        CouponIssuance.Outcome outcome;
        try {
            outcome = issuance.issue(campaign, customerId);
        } catch (RuntimeException e) {
            holders.merge(customerId, -1, Integer::sum);
            throw e;
        }
        return switch (outcome.result()) {
            case ISSUED -> Objects.requireNonNull(outcome.coupon());
            case SOLD_OUT -> {
                soldOut.add(id);
                claimed.remove(id);
                throw soldOut(id);
            }
            case LIMIT_REACHED -> {
                holders.put(customerId, campaign.perUserLimit());
                throw alreadyIssued(id);
            }
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<Coupon> coupons(UUID customerId) {
        return coupons.findByCustomer(customerId);
    }

    @Override
    @Transactional(readOnly = true)
    public CampaignTally tally(CampaignId id) {
        campaign(id);
        return coupons.tally(id);
    }

    private static SoldOutException soldOut(CampaignId id) {
        return new SoldOutException("every coupon of campaign " + id.id() + " has been issued");
    }

    private static AlreadyIssuedException alreadyIssued(CampaignId id) {
        return new AlreadyIssuedException("you already hold the coupons of campaign " + id.id() + " one customer may");
    }
}
