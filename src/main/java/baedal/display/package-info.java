/**
 * The "Project Monday" read model: a denormalised copy of shops, menus, ratings and ads that serves the customer's home, shop list and shop detail, built only from other modules' events.
 */
@ApplicationModule(displayName = "Display", allowedDependencies = "shared")
@NullMarked
package baedal.display;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
