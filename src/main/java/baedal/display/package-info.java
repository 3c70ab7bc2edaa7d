/**
 * The "Project Monday" read model: a denormalised copy of shops, menus, ratings and ads that serves the
 * customer's home, shop list and shop detail from memory, built only from other modules' events, and kept
 * serving from its last good state when the modules behind it fail.
 */
@ApplicationModule(
        displayName = "Display",
        allowedDependencies = {
            "kernel",
            "platform :: *",
            "shop :: events",
            "shop :: api",
            "review :: events",
            "review :: api",
            "order :: spi",
            "ad :: events",
            "ad :: api"
        })
@NullMarked
package baedal.display;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
