/** Order use cases: placing with idempotency, owner decisions, and progress driven by other modules' events. */
@NullMarked
package baedal.order.application;

import org.jspecify.annotations.NullMarked;
