package baedal.account.application;

import java.time.Duration;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Slows password guessing: failed sign-ins are counted per username and per client address, across every instance,
 * and once either has had too many, sign-ins for it wait until enough time has passed.
 */
@SecondaryPort
public interface SignInThrottle {

    /** How long sign-ins for this username or from this address must still wait; zero when they may go ahead. */
    Duration waitBefore(String username, String address);

    /** Counts a failed sign-in against the username and the address. */
    void failed(String username, String address);

    /** Forgets the counts that have run out (their buckets are full again); returns how many. */
    int forgetRefilled();
}
