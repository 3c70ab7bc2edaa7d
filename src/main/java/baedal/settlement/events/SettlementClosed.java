package baedal.settlement.events;

import baedal.kernel.IdentifiedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.Externalized;

/** A shop's business day was closed into a payout statement of {@code payout} KRW. */
@Externalized("settlement::#{shopId()}")
public record SettlementClosed(
        UUID eventId, UUID shopId, LocalDate businessDate, long payout, long version, Instant occurredAt)
        implements IdentifiedEvent {}
