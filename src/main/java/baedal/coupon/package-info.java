/**
 * Coupon campaigns including first-come-first-served flash sales, issued coupons, and the point ledger.
 */
@ApplicationModule(
        displayName = "Coupon",
        allowedDependencies = {"kernel", "platform :: *", "order :: events", "order :: api", "order :: spi"})
@NullMarked
package baedal.coupon;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
