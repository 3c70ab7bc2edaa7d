/** The payment domain model: plain Java and jMolecules only. */
@NullMarked
package baedal.payment.domain;

import org.jspecify.annotations.NullMarked;
