/** Platform side of the transactional outbox: idempotent listeners (inbox) and registry housekeeping. */
@NullMarked
package baedal.shared.outbox;

import org.jspecify.annotations.NullMarked;
