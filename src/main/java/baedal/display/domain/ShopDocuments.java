package baedal.display.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The display's own durable copy of its documents, shared by every instance: it lets an instance restart without
 * asking anybody, and its change feed keeps every instance's memory in step with changes made on any of them.
 */
@SecondaryPort
public interface ShopDocuments {

    /**
     * Reads the shop's document and holds it against other writers, on any instance, until the transaction ends.
     * A shop without a document holds nothing: two first writes race, and the later fails on {@link #save}.
     */
    Optional<ShopDocument> lock(UUID shopId);

    /** Reads the shop's document without holding it: enough to see that an event brings nothing new. */
    Optional<ShopDocument> find(UUID shopId);

    /**
     * Stores the document as the next change of the feed and returns its sequence number: {@code replacing} the
     * document {@link #lock} found, or as the shop's first, which fails with an optimistic locking failure when
     * another writer stored a first document meanwhile.
     */
    long save(ShopDocument document, boolean replacing);

    /** Takes the shop off the display (kept as a removal in the feed); returns its sequence number. */
    long remove(UUID shopId);

    /** Every shop on the display, each with the sequence of its last change. */
    List<ShopDocumentChange> findAll();

    /**
     * Which shops changed after {@code sequence}, in commit order, at most {@code limit}: ids and sequence numbers
     * only, so that an instance reads only the documents it does not show yet.
     */
    List<ChangeMark> changesAfter(long sequence, int limit);

    /** A shop whose document changed, and the sequence number of its latest change. */
    record ChangeMark(UUID shopId, long sequence) {}

    /** The sequence of the shop's latest change, or -1 when it has none: a cheap version check. */
    long latestSequence(UUID shopId);

    /** Whether the display was ever built in full from its sources ({@link #built}). */
    boolean everBuilt();

    /** Records that the display was built in full from its sources. */
    void built(Instant at);

    /** The shop's latest change, removals included. */
    Optional<ShopDocumentChange> latest(UUID shopId);
}
