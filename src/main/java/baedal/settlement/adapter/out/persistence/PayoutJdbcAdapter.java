package baedal.settlement.adapter.out.persistence;

import baedal.settlement.domain.Payout;
import baedal.settlement.domain.Payouts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Payouts in {@code settlement.payouts}, one row per shop and business day (its primary key). */
@SecondaryAdapter
interface PayoutJdbcAdapter extends Payouts, Repository<Payout, UUID> {

    @Override
    default Payout recordOnce(Payout payout) {
        try {
            insert(payout);
            return payout;
        } catch (DuplicateKeyException recordedBefore) {
            return find(payout.shopId(), payout.businessDate());
        }
    }

    @Modifying
    @Query("INSERT INTO settlement.payouts (shop_id, business_date, amount, status, idempotency_key, requested_at)"
            + " VALUES (:#{#payout.shopId}, :#{#payout.businessDate}, :#{#payout.amount}, :#{#payout.status.name()},"
            + " :#{#payout.idempotencyKey}, :#{#payout.requestedAt})")
    void insert(Payout payout);

    @Query("SELECT * FROM settlement.payouts WHERE shop_id = :shopId AND business_date = :businessDate")
    Payout find(UUID shopId, LocalDate businessDate);

    @Override
    @Modifying
    @Query("UPDATE settlement.payouts SET status = 'PAID', reference = :reference, paid_at = :at"
            + " WHERE shop_id = :shopId AND business_date = :businessDate AND status = 'PENDING'")
    void markPaid(UUID shopId, LocalDate businessDate, String reference, Instant at);

    @Override
    @Query("SELECT * FROM settlement.payouts WHERE shop_id = :shopId AND business_date BETWEEN :from AND :to"
            + " ORDER BY business_date")
    List<Payout> of(UUID shopId, LocalDate from, LocalDate to);

    @Override
    @Query("SELECT * FROM settlement.payouts WHERE status = 'PENDING'"
            + " ORDER BY requested_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
    List<Payout> pending(int limit);
}
