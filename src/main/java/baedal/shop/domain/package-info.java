/** The shop domain model: plain Java and jMolecules only. */
@NullMarked
package baedal.shop.domain;

import org.jspecify.annotations.NullMarked;
