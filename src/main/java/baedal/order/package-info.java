/**
 * Orders and their lifecycle (placed, paid, accepted, picked up, delivered, cancelled), defined as a chain of published events.
 */
@ApplicationModule(displayName = "Order", allowedDependencies = "shared")
@NullMarked
package baedal.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
