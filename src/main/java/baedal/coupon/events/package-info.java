/** Facts the coupon module publishes (zero-payload: ids, version, time). */
@NamedInterface("events")
@NullMarked
package baedal.coupon.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
