/**
 * Named interface "outbox": the platform side of the transactional outbox — idempotent listeners (the inbox), registry
 * housekeeping and the operators' view of pending publications.
 */
@NamedInterface("outbox")
@NullMarked
package baedal.platform.outbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
