/**
 * Mirrors orders into the legacy order database (MS SQL Server, its own schema and connection) while systems that
 * still read it are migrated; fed by order events, so the legacy database being down never affects ordering.
 */
@ApplicationModule(
        displayName = "Legacy sync",
        allowedDependencies = {"kernel", "platform :: *", "order :: events", "order :: api"})
@NullMarked
package baedal.legacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
