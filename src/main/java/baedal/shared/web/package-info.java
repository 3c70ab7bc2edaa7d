/** Web conventions shared by all controllers: RFC 9457 problem details for every error. */
@NullMarked
package baedal.shared.web;

import org.jspecify.annotations.NullMarked;
