package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.BaedalApplication;
import baedal.display.domain.AdSource;
import baedal.display.domain.RatingSource;
import baedal.display.domain.ShopSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The display's sources as an extracted display wires them: a deployment running display alone
 * ({@code baedal.modules.include=display}, upstream mode http) asks the application under test over HTTP, with the
 * service token, through the internal query endpoints.
 */
class HttpDisplaySourcesTests extends DisplaySourcesContract {

    private ConfigurableApplicationContext display;

    @BeforeAll
    void startADisplayOnItsOwn() {
        display = new SpringApplicationBuilder(BaedalApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.application.name=baedal-display",
                        "--baedal.modules.include=display",
                        "--baedal.display.upstream.mode=http",
                        "--baedal.display.upstream.url=http://localhost:" + port);
        assertThat(display.getBeanNamesForType(baedal.shop.api.ShopQueries.class))
                .as("the display deployment has no shop module")
                .isEmpty();
        assertThat(display.getBean(JdbcClient.class)
                        .sql("select table_name from information_schema.tables"
                                + " where lower(table_name) like 'flyway_schema_history%'")
                        .query(String.class)
                        .list())
                .as("it migrated the event registry and its own tables only")
                .map(String::toLowerCase)
                .containsExactlyInAnyOrder("flyway_schema_history", "flyway_schema_history_display");
    }

    @AfterAll
    void stopTheDisplay() {
        if (display != null) {
            display.close();
        }
    }

    @Override
    ShopSource shops() {
        return display.getBean(ShopSource.class);
    }

    @Override
    RatingSource ratings() {
        return display.getBean(RatingSource.class);
    }

    @Override
    AdSource ads() {
        return display.getBean(AdSource.class);
    }
}
