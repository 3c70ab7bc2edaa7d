/** Scheduled work that runs once across all instances of a deployment (ShedLock over the shared database). */
@NullMarked
package baedal.shared.scheduling;

import org.jspecify.annotations.NullMarked;
