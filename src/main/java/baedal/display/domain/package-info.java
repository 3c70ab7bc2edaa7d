/** The display read model's documents and the ports it is fed through. Plain Java and jMolecules only. */
@NullMarked
package baedal.display.domain;

import org.jspecify.annotations.NullMarked;
