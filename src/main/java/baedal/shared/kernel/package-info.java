/** Value types and base types shared by every bounded context; plain Java and jMolecules only. */
@NullMarked
package baedal.shared.kernel;

import org.jspecify.annotations.NullMarked;
