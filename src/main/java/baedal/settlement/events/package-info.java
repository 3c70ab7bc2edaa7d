/** Facts the settlement module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.settlement.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
