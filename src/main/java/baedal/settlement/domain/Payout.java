package baedal.settlement.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A closed statement's payout to its shop: PENDING until the bank confirms the transfer (PAID, with its reference);
 * NOTHING_TO_PAY when the day came to zero or less (fees beyond sales are set off against later days by the ledger).
 */
public record Payout(
        UUID shopId,
        LocalDate businessDate,
        long amount,
        Status status,
        UUID idempotencyKey,
        @Nullable String reference,
        Instant requestedAt,
        @Nullable Instant paidAt)
        implements ValueObject {

    public enum Status {
        PENDING,
        PAID,
        NOTHING_TO_PAY
    }

    public Payout {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** A new payout of a closed day; the idempotency key is the same whoever asks, however often. */
    public static Payout of(UUID shopId, LocalDate businessDate, long amount, Instant now) {
        return new Payout(
                shopId,
                businessDate,
                amount,
                amount > 0 ? Status.PENDING : Status.NOTHING_TO_PAY,
                keyOf(shopId, businessDate),
                null,
                now,
                null);
    }

    public static UUID keyOf(UUID shopId, LocalDate businessDate) {
        return UUID.nameUUIDFromBytes(("payout:" + shopId + ":" + businessDate).getBytes(StandardCharsets.UTF_8));
    }

    public boolean needsTransfer() {
        return status == Status.PENDING;
    }
}
