/**
 * The shared kernel: the value types and the event contract every module speaks (money, coordinates, roles,
 * identified events, the aggregate base). Plain Java and jMolecules only; it depends on no other module.
 */
@ApplicationModule(
        displayName = "Kernel",
        allowedDependencies = {})
@NullMarked
package baedal.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
