/** Scheduled work that runs once across all instances of a deployment (ShedLock over the shared database). */
@NullMarked
package baedal.platform.scheduling;

import org.jspecify.annotations.NullMarked;
