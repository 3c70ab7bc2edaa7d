package baedal.ad.application;

import baedal.ad.domain.AdContract;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Operators sell ad contracts to shops; contracts start and end on schedule. */
@PrimaryPort
public interface AdManagement {

    /** Stores a new contract and starts it at once if its period has begun. */
    AdContract sign(AdContract contract);

    List<AdContract> contracts(UUID shopId);

    /** Pauses every scheduled or running contract of a shop that closed down. */
    void shopClosedDown(UUID shopId);

    /** Starts and ends the contracts whose time has come; returns how many changed. */
    int followSchedule();
}
