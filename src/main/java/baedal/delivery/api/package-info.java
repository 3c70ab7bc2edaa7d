/** The delivery module's published, read-only query port. */
@NamedInterface("api")
@NullMarked
package baedal.delivery.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
