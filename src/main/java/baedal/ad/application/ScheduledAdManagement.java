package baedal.ad.application;

import baedal.ad.api.AdQueries;
import baedal.ad.domain.AdContract;
import baedal.ad.domain.AdContractId;
import baedal.ad.domain.AdContracts;
import baedal.ad.domain.AdProduct;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.Application;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ad contracts and the standing they give shops (published through {@link AdQueries}). */
@Application
@Service
@Transactional
class ScheduledAdManagement implements AdManagement, AdQueries {

    private final AdContracts contracts;
    private final Clock clock;

    ScheduledAdManagement(AdContracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public AdContract sign(AdContract contract) {
        contract.followSchedule(Instant.now(clock));
        contracts.save(contract);
        return contract;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdContract> contracts(UUID shopId) {
        return contracts.findByShop(shopId);
    }

    @Override
    public void shopClosedDown(UUID shopId) {
        var now = Instant.now(clock);
        contracts.findByShop(shopId).forEach(contract -> {
            if (contract.pause(now)) {
                contracts.save(contract);
            }
        });
    }

    @Override
    public int followSchedule() {
        var now = Instant.now(clock);
        var due = contracts.findDue(now, 500);
        due.forEach(contract -> {
            if (contract.followSchedule(now)) {
                try {
                    contracts.save(contract);
                } catch (OptimisticLockingFailureException startedElsewhere) {
                    // another instance (or timer run) moved this contract on a moment earlier
                }
            }
        });
        return due.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContractTerms> contract(UUID contractId) {
        return contracts
                .findById(new AdContractId(contractId))
                .map(c -> new ContractTerms(
                        c.getId().id(),
                        c.shopId(),
                        c.product().name(),
                        c.monthlyFee().won(),
                        c.startsAt(),
                        c.endsAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public ShopAds adsOf(UUID shopId) {
        var running = contracts.findRunning(shopId);
        var strongest = running.stream()
                .map(AdContract::product)
                .max(Comparator.naturalOrder())
                .map(Enum::name)
                .orElse("NONE");
        var commission = running.stream()
                .filter(c -> c.product() == AdProduct.OPEN_LIST)
                .mapToInt(AdContract::commissionPercent)
                .max()
                .orElse(0);
        return new ShopAds(shopId, strongest, commission);
    }
}
