/** Facts the delivery module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.delivery.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
