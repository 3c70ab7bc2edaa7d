/** Persistence conventions shared by the modules' JDBC adapters. */
@NullMarked
package baedal.platform.persistence;

import org.jspecify.annotations.NullMarked;
