package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.kernel.Money;
import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.payment.domain.OrderAmounts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What payment may rely on from the order module's query port, whichever way it is reached: in process (the monolith)
 * or over HTTP from a deployment of payment alone. Each way gets a subclass.
 */
abstract class OrderAmountsContract extends AgainstRunningApplication {

    @Autowired
    OrderQueries orders;

    private OrderView placed;

    abstract OrderAmounts amounts();

    @BeforeAll
    void givenAPlacedOrder() throws Exception {
        var api = new ApiClient(port);
        var shop = api.openShop(api.token("owner1"), "Amounts Chicken", 10000);
        var order = UUID.fromString(api.placeOrder(api.token("customer1"), shop));
        placed = orders.findOrder(order).orElseThrow();
    }

    @Test
    void theAmountToChargeIsTheOrdersPaymentAmount() {
        assertThat(amounts().paymentAmount(placed.id(), placed.version())).contains(Money.won(placed.paymentAmount()));
        assertThat(amounts().paymentAmount(placed.id(), 0)).contains(Money.won(placed.paymentAmount()));
    }

    @Test
    void theCustomerIsTheOneWhoPlacedIt() {
        assertThat(amounts().customerOf(placed.id())).contains(placed.customerId());
    }

    @Test
    void anOrderThatDoesNotExistHasNoAmountAndNoCustomer() {
        var unknown = UUID.randomUUID();
        assertThat(amounts().paymentAmount(unknown, 1)).isEmpty();
        assertThat(amounts().customerOf(unknown)).isEmpty();
    }
}
