package baedal.display.domain;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored shop document at its place in the display's change feed: {@code sequence} grows with every change in the
 * order the changes were committed; a null document means the shop was taken off the display.
 */
public record ShopDocumentChange(
        UUID shopId, long sequence, @Nullable ShopDocument document) {}
