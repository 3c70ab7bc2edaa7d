package baedal.ad.adapter.out.persistence;

import baedal.ad.domain.AdContract;
import baedal.ad.domain.AdContractId;
import baedal.ad.domain.AdContracts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Ad contracts in table {@code ad.contracts}, stored by Spring Data JDBC (saving and finding by id are its own); the
 * queries a contract's schedule and its shop need are written here.
 */
@SecondaryAdapter
interface AdContractJdbcAdapter extends AdContracts, Repository<AdContract, AdContractId> {

    @Override
    @Query("SELECT * FROM ad.contracts WHERE shop_id = :shopId ORDER BY starts_at DESC")
    List<AdContract> findByShop(UUID shopId);

    @Override
    @Query("SELECT * FROM ad.contracts WHERE (status = 'SCHEDULED' AND starts_at <= :now)"
            + " OR (status IN ('RUNNING', 'PAUSED') AND ends_at <= :now)"
            + " ORDER BY starts_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<AdContract> findDue(Instant now, int limit);

    @Override
    @Query("SELECT * FROM ad.contracts WHERE shop_id = :shopId AND status = 'RUNNING'")
    List<AdContract> findRunning(UUID shopId);
}
