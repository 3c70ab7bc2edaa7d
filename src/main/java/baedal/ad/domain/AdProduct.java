package baedal.ad.domain;

/** The two ad products: a fixed monthly fee per area, or a commission on sales for the top slots. */
public enum AdProduct {
    /** Listed in one area for a fixed monthly fee ("Ultra Call"). */
    ULTRA_CALL,
    /** The top slots of the list, paid by a commission on each sale ("Open List"). */
    OPEN_LIST
}
