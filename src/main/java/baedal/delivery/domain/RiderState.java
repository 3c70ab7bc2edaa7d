package baedal.delivery.domain;

import baedal.kernel.GeoPoint;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A rider as dispatch sees them: where they last said they were (unknown until they first report) and whether they
 * take deliveries now.
 */
public record RiderState(
        UUID riderId,
        @Nullable GeoPoint location,
        boolean available,
        @Nullable Instant reportedAt) implements ValueObject {

    public RiderState {
        Objects.requireNonNull(riderId, "riderId");
    }
}
