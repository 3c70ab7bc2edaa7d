package baedal.display.application;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Keeps the display's documents in step with the publishers' current state. */
@PrimaryPort
public interface DisplayProjection {

    /** A shop changed to {@code version}: fetch it unless the display already has that version or newer. */
    void refreshShop(UUID shopId, long version, Instant occurredAt);

    /** A menu of a shop changed to {@code version}: fetch the shop's menus unless already that new. */
    void refreshMenu(UUID shopId, UUID menuId, long version, Instant occurredAt);

    /** A shop's reviews changed: take its current rating and review count from the review module. */
    void refreshRating(UUID shopId, Instant occurredAt);

    /** A shop's ads started or ended: take its current ad tier from the ad module. */
    void refreshAds(UUID shopId, Instant occurredAt);

    /** Rebuilds every document from the publishers into a fresh model and swaps it in; returns the shop count. */
    int rebuild();

    /**
     * Builds the display from the publishers unless it was ever built that way (a display database that starts empty
     * while the events that filled it are behind its consumer group's offsets). Fails while a publisher does not
     * answer; then the next call tries again.
     */
    void buildIfNeverBuilt();
}
