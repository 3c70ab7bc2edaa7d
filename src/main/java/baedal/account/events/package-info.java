/** Facts the account module publishes. */
@NamedInterface("events")
@NullMarked
package baedal.account.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
