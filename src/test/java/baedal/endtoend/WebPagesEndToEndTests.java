package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.platform.web.WebPageRoutes;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every page is served without a token, in the shared layout with the navigation, under a content security policy
 * that lets only the server's own scripts run; every script and style a page names is served too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class WebPagesEndToEndTests {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/ui/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    WebPageRoutes pages;

    @Test
    void everyPageAndWhatItLoadsIsServedToAnyone() throws Exception {
        var api = new ApiClient(port);
        assertThat(pages.paths())
                .contains("/", "/shop", "/cart", "/order", "/orders", "/owner", "/rider", "/ops", "/signin", "/signup");
        for (var path : pages.paths()) {
            var page = api.send("GET", path, null, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));
            assertThat(page.body()).contains("<nav id=\"navigation\">", "href=\"/owner\"", "</main>");
            var assets = ASSET.matcher(page.body());
            while (assets.find()) {
                var asset = api.send("GET", assets.group(1), null, null);
                assertThat(asset.statusCode())
                        .as(path + " loads " + assets.group(1))
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void aPageIsOnlyRead() throws Exception {
        var api = new ApiClient(port);
        assertThat(api.send("POST", "/owner", null, "{}").statusCode()).isEqualTo(401);
        assertThat(api.send("GET", "/ui/order/missing.js", null, null).statusCode())
                .isEqualTo(404);
    }
}
