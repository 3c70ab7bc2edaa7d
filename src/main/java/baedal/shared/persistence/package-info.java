/** Persistence conventions shared by the modules' JDBC adapters. */
@NullMarked
package baedal.shared.persistence;

import org.jspecify.annotations.NullMarked;
