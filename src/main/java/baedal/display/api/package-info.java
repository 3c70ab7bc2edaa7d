/** The display module's published, read-only query port: what ordering needs to price and check a cart. */
@NamedInterface("api")
@NullMarked
package baedal.display.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
