/**
 * The technical platform every business module runs on, holding no business state: the outbox and idempotent
 * listeners, events across deployments, security, web conventions, scheduling once per cluster and the choice of
 * modules a deployment runs. Modules use it only through its named interfaces; it never depends on a business module.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "kernel")
@NullMarked
package baedal.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
