/** Named interface "web": web conventions every module uses — problem details, early routes and clients of other deployments. */
@NamedInterface("web")
@NullMarked
package baedal.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
