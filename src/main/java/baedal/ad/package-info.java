/**
 * Ad products and per-shop contracts that rank shops in the display list.
 */
@ApplicationModule(
        displayName = "Ad",
        allowedDependencies = {"kernel", "platform :: *", "shop :: events"})
@NullMarked
package baedal.ad;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
