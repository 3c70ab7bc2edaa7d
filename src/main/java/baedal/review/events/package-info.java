/** Facts the review module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.review.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
