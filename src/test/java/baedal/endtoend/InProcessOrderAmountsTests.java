package baedal.endtoend;

import baedal.payment.domain.OrderAmounts;
import org.springframework.beans.factory.annotation.Autowired;

/** Payment reading orders in process, as the monolith wires it. */
class InProcessOrderAmountsTests extends OrderAmountsContract {

    @Autowired
    OrderAmounts amounts;

    @Override
    OrderAmounts amounts() {
        return amounts;
    }
}
