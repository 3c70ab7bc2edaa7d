/** Named interface "concurrency": in-process locks per aggregate for the modules' application services. */
@NamedInterface("concurrency")
@NullMarked
package baedal.platform.concurrency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
