/** Facts the ad module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.ad.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
