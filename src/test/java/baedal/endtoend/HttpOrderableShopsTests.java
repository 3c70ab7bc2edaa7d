package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.BaedalApplication;
import baedal.order.spi.OrderableShops;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Order in a deployment without display ({@code baedal.modules.exclude=display}), reaching the display of the
 * application under test over HTTP with the service token.
 */
class HttpOrderableShopsTests extends OrderableShopsContract {

    private ConfigurableApplicationContext withoutDisplay;

    @BeforeAll
    void startADeploymentWithoutDisplay() {
        withoutDisplay = new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--baedal.modules.exclude=display",
                        "--baedal.order.orderable-shops.url=http://localhost:" + port);
        assertThat(withoutDisplay.getBean(OrderableShops.class).getClass().getSimpleName())
                .isEqualTo("OrderableShopsHttpClient");
    }

    @AfterAll
    void stopIt() {
        if (withoutDisplay != null) {
            withoutDisplay.close();
        }
    }

    @Override
    OrderableShops shops() {
        return withoutDisplay.getBean(OrderableShops.class);
    }
}
