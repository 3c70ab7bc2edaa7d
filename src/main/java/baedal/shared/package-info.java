/**
 * Shared kernel and platform: value types every context speaks (money, coordinates), the contract of
 * published events, the idempotent-listener inbox, outbox housekeeping, web error handling and security.
 * It is an open module because it holds no business state; it must never depend on a business module.
 */
@ApplicationModule(displayName = "Shared kernel and platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package baedal.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
