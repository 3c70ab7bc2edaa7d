/** The review module's published, read-only query port. */
@NamedInterface("api")
@NullMarked
package baedal.review.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
