/** Authentication (self-signed JWT bearer tokens) and the {@link baedal.shared.security.Caller} of a request. */
@NullMarked
package baedal.shared.security;

import org.jspecify.annotations.NullMarked;
