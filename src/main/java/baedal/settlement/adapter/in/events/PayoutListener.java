package baedal.settlement.adapter.in.events;

import baedal.settlement.application.PayoutManagement;
import baedal.settlement.events.SettlementClosed;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Pays each closed statement out; a failed transfer leaves the event incomplete, so it is tried again. */
@PrimaryAdapter
@Component
class PayoutListener {

    private final PayoutManagement payouts;

    PayoutListener(PayoutManagement payouts) {
        this.payouts = payouts;
    }

    @ApplicationModuleListener
    void on(SettlementClosed event) {
        payouts.payOut(event.shopId(), event.businessDate(), event.payout());
    }
}
