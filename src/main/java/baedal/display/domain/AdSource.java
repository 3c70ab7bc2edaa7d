package baedal.display.domain;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where the display fetches a shop's ad standing after an ad event: in the monolith the ad module's query port,
 * after extraction an HTTP client. Failures propagate, so the event stays in the outbox and is retried.
 */
@SecondaryPort
public interface AdSource {

    AdTier tierOf(UUID shopId);
}
