/** Which modules one deployment runs ({@code baedal.modules.include} / {@code exclude}), and only their migrations. */
@NullMarked
package baedal.platform.deployment;

import org.jspecify.annotations.NullMarked;
