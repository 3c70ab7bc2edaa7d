/** Named interface "jdbc": what the application asks of its database, counted (see {@link RoundTrips}). */
@NamedInterface("jdbc")
@NullMarked
package baedal.platform.jdbc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
