package baedal.platform.security;

import java.util.UUID;

/**
 * Whether the account a token names exists: a token signed with the right key but for an account that is not (or no
 * longer) there is refused. Provided by the module that keeps accounts, in the deployments that run it.
 */
public interface AccountDirectory {

    /** Whether an account with this id exists. */
    boolean exists(UUID accountId);
}
