/**
 * Reviews of delivered orders and owners' replies.
 */
@ApplicationModule(
        displayName = "Review",
        allowedDependencies = {"kernel", "platform :: *", "order :: events", "shop :: api"})
@NullMarked
package baedal.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
