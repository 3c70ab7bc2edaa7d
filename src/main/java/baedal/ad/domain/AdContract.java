package baedal.ad.domain;

import baedal.ad.events.AdChanged;
import baedal.ad.events.AdEnded;
import baedal.ad.events.AdStarted;
import baedal.kernel.EventRecordingAggregateRoot;
import baedal.kernel.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shop's contract for one ad product over a period: Ultra Call for an area at a monthly fee, or Open List at a
 * commission on sales. It starts and ends on schedule.
 */
public class AdContract extends EventRecordingAggregateRoot<AdContract, AdContractId> {

    public enum Status {
        SCHEDULED,
        RUNNING,
        /** Stopped before its end because the shop closed down. */
        PAUSED,
        ENDED
    }

    private final AdContractId id;
    private final UUID shopId;
    private final AdProduct product;
    private final @Nullable String area;
    private final Money monthlyFee;
    private final int commissionPercent;
    private final Instant startsAt;
    private final Instant endsAt;
    private Status status;
    private long version;

    private AdContract(
            AdContractId id,
            UUID shopId,
            AdProduct product,
            @Nullable String area,
            Money monthlyFee,
            int commissionPercent,
            Instant startsAt,
            Instant endsAt,
            Status status,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.shopId = Objects.requireNonNull(shopId, "shopId");
        this.product = Objects.requireNonNull(product, "product");
        this.area = area;
        this.monthlyFee = Objects.requireNonNull(monthlyFee, "monthlyFee");
        this.commissionPercent = commissionPercent;
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    /** An Ultra Call contract: listed in {@code area} for a fixed monthly fee. */
    public static AdContract ultraCall(UUID shop, String area, Money monthlyFee, Instant startsAt, Instant endsAt) {
        if (area == null || area.isBlank() || area.length() > 100) {
            throw new IllegalArgumentException("an Ultra Call contract names its area (at most 100 characters)");
        }
        if (monthlyFee.won() == 0) {
            throw new IllegalArgumentException("an Ultra Call contract has a monthly fee");
        }
        return scheduled(shop, AdProduct.ULTRA_CALL, area, monthlyFee, 0, startsAt, endsAt);
    }

    /** An Open List contract: the top slots, for a commission of {@code commissionPercent} % on each sale. */
    public static AdContract openList(UUID shop, int commissionPercent, Instant startsAt, Instant endsAt) {
        if (commissionPercent < 1 || commissionPercent > 30) {
            throw new IllegalArgumentException("an Open List commission is 1 to 30 percent");
        }
        return scheduled(shop, AdProduct.OPEN_LIST, null, Money.ZERO, commissionPercent, startsAt, endsAt);
    }

    private static AdContract scheduled(
            UUID shop,
            AdProduct product,
            @Nullable String area,
            Money fee,
            int commission,
            Instant startsAt,
            Instant endsAt) {
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("a contract ends after it starts");
        }
        return new AdContract(
                AdContractId.random(), shop, product, area, fee, commission, startsAt, endsAt, Status.SCHEDULED, 0);
    }

    /** Starts or ends the contract if its time has come; true if it changed. */
    public boolean followSchedule(Instant now) {
        if (status == Status.SCHEDULED && !now.isBefore(startsAt) && now.isBefore(endsAt)) {
            status = Status.RUNNING;
            registerEvent(new AdStarted(UUID.randomUUID(), id.id(), shopId, version + 1, now));
            return true;
        }
        if (status != Status.ENDED && !now.isBefore(endsAt)) {
            status = Status.ENDED;
            registerEvent(new AdEnded(UUID.randomUUID(), id.id(), shopId, version + 1, now));
            return true;
        }
        return false;
    }

    /** The shop closed down: a scheduled or running contract stops; true if it changed. */
    public boolean pause(Instant now) {
        if (status != Status.SCHEDULED && status != Status.RUNNING) {
            return false;
        }
        status = Status.PAUSED;
        registerEvent(new AdChanged(UUID.randomUUID(), id.id(), shopId, version + 1, now));
        return true;
    }

    @Override
    public AdContractId getId() {
        return id;
    }

    public UUID shopId() {
        return shopId;
    }

    public AdProduct product() {
        return product;
    }

    public @Nullable String area() {
        return area;
    }

    public Money monthlyFee() {
        return monthlyFee;
    }

    public int commissionPercent() {
        return commissionPercent;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Status status() {
        return status;
    }

    public long version() {
        return version;
    }
}
