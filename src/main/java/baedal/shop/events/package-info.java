/** Facts the shop module publishes. Zero-payload: ids, version and time; subscribers read state via {@code api}. */
@NamedInterface("events")
@NullMarked
package baedal.shop.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
