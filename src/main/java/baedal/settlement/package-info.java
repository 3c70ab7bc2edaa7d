/**
 * Per-shop sales ledger and payouts: sales of delivered orders, commissions of Open List contracts and the discounts
 * a shop bears, reconciled against the payments captured.
 */
@ApplicationModule(
        displayName = "Settlement",
        allowedDependencies = {
            "kernel",
            "platform :: *",
            "order :: events",
            "order :: api",
            "ad :: api",
            "ad :: events",
            "coupon :: api",
            "shop :: api"
        })
@NullMarked
package baedal.settlement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
