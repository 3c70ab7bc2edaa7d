/** Facts the display module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.display.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
