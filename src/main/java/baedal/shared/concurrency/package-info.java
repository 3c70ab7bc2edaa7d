/** Concurrency helpers shared by the modules' application services. */
@NullMarked
package baedal.shared.concurrency;

import org.jspecify.annotations.NullMarked;
