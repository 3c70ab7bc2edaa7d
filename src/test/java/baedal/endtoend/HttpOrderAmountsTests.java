package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.BaedalApplication;
import baedal.payment.domain.OrderAmounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Payment in a deployment of its own ({@code baedal.modules.include=payment}), reading the orders of the application
 * under test over HTTP with the service token.
 */
class HttpOrderAmountsTests extends OrderAmountsContract {

    private ConfigurableApplicationContext paymentAlone;

    @BeforeAll
    void startPaymentAlone() {
        paymentAlone = new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--baedal.modules.include=payment",
                        "--baedal.payment.orders.mode=http",
                        "--baedal.payment.orders.url=http://localhost:" + port);
        assertThat(paymentAlone.getBean(OrderAmounts.class).getClass().getSimpleName())
                .isEqualTo("OrderAmountsHttpAdapter");
    }

    @AfterAll
    void stopIt() {
        if (paymentAlone != null) {
            paymentAlone.close();
        }
    }

    @Override
    OrderAmounts amounts() {
        return paymentAlone.getBean(OrderAmounts.class);
    }
}
