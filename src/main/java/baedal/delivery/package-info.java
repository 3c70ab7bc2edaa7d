/**
 * Rider dispatch: assignment, pick-up and delivery of accepted orders.
 */
@ApplicationModule(
        displayName = "Delivery",
        allowedDependencies = {
            "kernel",
            "platform :: *",
            "order :: events",
            "order :: api",
            "shop :: api",
            "account :: events"
        })
@NullMarked
package baedal.delivery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
