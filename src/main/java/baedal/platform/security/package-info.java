/** Named interface "security": the {@link baedal.platform.security.Caller} of a request, token issuance and who may call each endpoint. */
@NamedInterface("security")
@NullMarked
package baedal.platform.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
