package baedal.ad.adapter.out.persistence;

import baedal.ad.domain.AdContract;
import baedal.ad.domain.AdContract.Status;
import baedal.ad.domain.AdContractId;
import baedal.ad.domain.AdContracts;
import baedal.ad.domain.AdProduct;
import baedal.kernel.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ad contracts in the {@code ad} schema, with plain JDBC; publishes recorded events on save. */
@SecondaryAdapter
@Component
class AdContractJdbcAdapter implements AdContracts {

    private static final String COLUMNS =
            "id, shop_id, product, area, monthly_fee, commission_percent, starts_at, ends_at, status, version";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AdContractJdbcAdapter(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public void save(AdContract contract) {
        if (contract.version() == 0) {
            jdbc.sql("INSERT INTO ad.contracts (" + COLUMNS + ") VALUES (:id, :shop, :product, :area, :fee,"
                            + " :commission, :startsAt, :endsAt, :status, 1)")
                    .param("id", contract.getId().id())
                    .param("shop", contract.shopId())
                    .param("product", contract.product().name())
                    .param("area", contract.area())
                    .param("fee", contract.monthlyFee().won())
                    .param("commission", contract.commissionPercent())
                    .param("startsAt", contract.startsAt())
                    .param("endsAt", contract.endsAt())
                    .param("status", contract.status().name())
                    .update();
        } else {
            var updated = jdbc.sql("UPDATE ad.contracts SET status = :status, version = version + 1"
                            + " WHERE id = :id AND version = :version")
                    .param("status", contract.status().name())
                    .param("id", contract.getId().id())
                    .param("version", contract.version())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException(
                        "ad contract " + contract.getId().id() + " changed concurrently");
            }
        }
        contract.releaseEvents().forEach(events::publishEvent);
    }

    @Override
    public Optional<AdContract> findById(AdContractId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad.contracts WHERE id = :id")
                .param("id", id.id())
                .query(AdContractJdbcAdapter::contract)
                .optional();
    }

    @Override
    public List<AdContract> findByShop(UUID shopId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad.contracts WHERE shop_id = :shop ORDER BY starts_at DESC")
                .param("shop", shopId)
                .query(AdContractJdbcAdapter::contract)
                .list();
    }

    @Override
    public List<AdContract> findDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad.contracts"
                        + " WHERE (status = 'SCHEDULED' AND starts_at <= :now) OR (status IN ('RUNNING', 'PAUSED') AND ends_at <= :now)"
                        + " ORDER BY starts_at OFFSET 0 ROWS FETCH NEXT :limit ROWS ONLY")
                .param("now", now)
                .param("limit", limit)
                .query(AdContractJdbcAdapter::contract)
                .list();
    }

    @Override
    public List<AdContract> findRunning(UUID shopId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ad.contracts WHERE shop_id = :shop AND status = 'RUNNING'")
                .param("shop", shopId)
                .query(AdContractJdbcAdapter::contract)
                .list();
    }

    private static AdContract contract(ResultSet rs, int row) throws SQLException {
        return AdContract.restore(
                new AdContractId(rs.getObject("id", UUID.class)),
                rs.getObject("shop_id", UUID.class),
                AdProduct.valueOf(rs.getString("product")),
                rs.getString("area"),
                Money.won(rs.getLong("monthly_fee")),
                rs.getInt("commission_percent"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                Status.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }
}
