/**
 * The display's sources over HTTP, for a display that runs in its own deployment: the publishers' query ports are
 * reached at their internal endpoints instead of in process.
 */
@NullMarked
package baedal.display.adapter.out.http;

import org.jspecify.annotations.NullMarked;
