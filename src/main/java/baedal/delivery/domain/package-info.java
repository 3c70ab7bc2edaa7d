/** The delivery domain model: plain Java and jMolecules only. */
@NullMarked
package baedal.delivery.domain;

import org.jspecify.annotations.NullMarked;
