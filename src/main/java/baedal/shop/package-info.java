/**
 * Shops as their owners run them: profile, delivery area, opening hours, open/closed, and menus with
 * options and sold-out flags. Publishes zero-payload events and a read-only query port for current state.
 */
@ApplicationModule(
        displayName = "Shop",
        allowedDependencies = {"kernel", "platform :: *"})
@NullMarked
package baedal.shop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
