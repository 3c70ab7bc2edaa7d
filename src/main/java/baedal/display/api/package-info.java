/** The display module's published, read-only query port. */
@NamedInterface("api")
@NullMarked
package baedal.display.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
