package baedal.coupon.domain;

public enum CouponStatus {
    /** Held by the customer, free to use. */
    ISSUED,
    /** Put on an order that is not paid yet. */
    RESERVED,
    /** Spent on a paid order. */
    USED
}
