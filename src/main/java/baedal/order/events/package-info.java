/** Facts the order module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.order.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
