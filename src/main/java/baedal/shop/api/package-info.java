/** The shop module's published, read-only query port and its views. */
@NamedInterface("api")
@NullMarked
package baedal.shop.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
