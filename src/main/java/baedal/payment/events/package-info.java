/** Facts the payment module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.payment.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
