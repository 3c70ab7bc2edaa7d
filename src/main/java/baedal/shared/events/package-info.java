/** The contract all published events share. */
@NullMarked
package baedal.shared.events;

import org.jspecify.annotations.NullMarked;
