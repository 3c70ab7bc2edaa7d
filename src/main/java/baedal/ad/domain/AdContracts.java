package baedal.ad.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.types.Repository;

public interface AdContracts extends Repository<AdContract, AdContractId> {

    void save(AdContract contract);

    Optional<AdContract> findById(AdContractId id);

    List<AdContract> findByShop(UUID shopId);

    /** Contracts whose start or end is due at {@code now}. */
    List<AdContract> findDue(Instant now, int limit);

    List<AdContract> findRunning(UUID shopId);
}
