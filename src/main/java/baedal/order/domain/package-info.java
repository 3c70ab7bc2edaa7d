/** The order domain model: plain Java and jMolecules only. */
@NullMarked
package baedal.order.domain;

import org.jspecify.annotations.NullMarked;
