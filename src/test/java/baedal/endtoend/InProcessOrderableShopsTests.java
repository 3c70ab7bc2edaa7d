package baedal.endtoend;

import baedal.order.spi.OrderableShops;
import org.springframework.beans.factory.annotation.Autowired;

/** Order reaching display's read model in process, as the monolith wires it. */
class InProcessOrderableShopsTests extends OrderableShopsContract {

    @Autowired
    OrderableShops shops;

    @Override
    OrderableShops shops() {
        return shops;
    }
}
