/**
 * Orders and their lifecycle (placed, payment pending, paid, accepted, picked up, delivered, cancelled), each step
 * a published event. Carts are priced against the display read model, never against the shop module. The facts
 * payment and delivery report back about an order are declared in this module's {@code events} too, so that
 * dependencies point one way (payment and delivery depend on order) and the modules form no cycle.
 */
@ApplicationModule(
        displayName = "Order",
        allowedDependencies = {"kernel", "platform :: *"})
@NullMarked
package baedal.order;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
