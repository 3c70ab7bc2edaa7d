package baedal.display.domain;

/**
 * How strongly an ad contract pushes a shop up the list; later constants rank first. Open List (commission-based)
 * buys the top slots, Ultra Call (a fixed monthly fee per area) the listing right below them.
 */
public enum AdTier {
    NONE,
    ULTRA_CALL,
    OPEN_LIST
}
