/**
 * Accounts: users with hashed passwords and roles, and the token endpoint that turns credentials into a
 * signed bearer token. Other modules know users only by the id in that token.
 */
@ApplicationModule(
        displayName = "Account",
        allowedDependencies = {"kernel", "platform :: *"})
@NullMarked
package baedal.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
