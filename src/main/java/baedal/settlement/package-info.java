/**
 * Per-shop sales ledger and payouts: commissions, ad fees and discounts borne.
 */
@ApplicationModule(displayName = "Settlement", allowedDependencies = "shared")
@NullMarked
package baedal.settlement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
