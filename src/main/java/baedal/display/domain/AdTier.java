package baedal.display.domain;

/** How strongly an ad contract pushes a shop up the list; higher ranks first. */
public enum AdTier {
    NONE,
    OPEN_LIST,
    ULTRA_CALL
}
