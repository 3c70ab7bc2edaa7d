/**
 * Payments and refunds against the external payment gateway, behind a port.
 */
@ApplicationModule(
        displayName = "Payment",
        allowedDependencies = {"kernel", "platform :: *", "order :: events", "order :: api"})
@NullMarked
package baedal.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
