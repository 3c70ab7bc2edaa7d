package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import baedal.order.events.OrderCancelled;
import baedal.testing.InjectedFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages in a real browser (Debian's Chromium, headless, phone-sized), each person in a browser of their own: a
 * new customer signs up, claims a flash-sale coupon, orders from a demo shop and watches the order arrive without
 * reloading, while the owner's board shows it live and accepts it and the rider picks it up and hands it over; the
 * customer then reviews it. An operator finds a failed event publication and resubmits it. Every page visited is
 * saved as a screenshot ({@code -Dbaedal.screenshots=<folder>}, by default target/screenshots).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // failed publications wait for the operator here instead of being resubmitted by the housekeeping
        properties = "baedal.outbox.resubmit-failed-after=PT1H")
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTests {

    @LocalServerPort
    int port;

    private final List<Chromium> browsers = new ArrayList<>();

    @BeforeAll
    void needsABrowser() {
        var missing = Chromium.missing();
        Assumptions.assumeTrue(missing == null, () -> "browser tests skipped: " + missing);
    }

    @AfterEach
    void closeBrowsers() throws Exception {
        // how each browser was left, to see where a failed test stopped
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshotTo(java.nio.file.Path.of("target/browser-last"), "browser-" + i);
        }
        browsers.forEach(Chromium::close);
        browsers.clear();
    }

    @Test
    void aNewCustomerOrdersAndWatchesItArriveWhileOwnerAndRiderDoTheirPart() throws Exception {
        var api = new ApiClient(port);
        var admin = api.token("admin");
        var now = Instant.now();
        api.send("POST", "/api/coupon-campaigns", admin, """
                {"name":"Chicken Day 3,000","discountAmount":3000,"minOrderAmount":15000,"totalQuantity":100,
                 "validFrom":"%s","validUntil":"%s"}""".formatted(
                        now.minusSeconds(60), now.plus(Duration.ofDays(1))));

        var owner = browser();
        owner.signInAs("owner1", "/owner");
        new Select(owner.find(By.id("shop"))).selectByVisibleText("Baedal Chicken Jamsil");
        owner.find(By.cssSelector("#live[data-state='live']"));

        var rider = browser();
        rider.signInAs("rider1", "/rider");
        // on shift near the shops: the page reports the place and keeps reporting it
        rider.click(By.id("jamsil"));
        rider.waitForText(By.id("shift-state"), "On shift");

        var customer = browser();
        customer.open("/signup");
        customer.type(By.name("displayName"), "Minji Kim");
        customer.type(
                By.name("username"), "minji." + UUID.randomUUID().toString().substring(0, 8));
        customer.type(By.name("password"), "delivery2024");
        customer.screenshot("customer-signup");
        customer.click(By.cssSelector("#signup button[type='submit']"));
        customer.waitForPath("/");

        // the display fills from the shop module's events: the demo shops show within moments of the start
        var shopCard = By.xpath("//a[contains(@class,'shop')][.//h3[text()='Baedal Chicken Jamsil']]");
        customer.waitUpTo(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofSeconds(1))
                .until(driver -> {
                    if (driver.findElements(shopCard).isEmpty()) {
                        driver.navigate().refresh();
                        return false;
                    }
                    return true;
                });
        customer.screenshot("customer-home");

        customer.open("/coupons");
        customer.click(By.xpath("//div[contains(@class,'campaign')][.//h3[text()='Chicken Day 3,000']]//button"));
        customer.waitForText(By.id("coupons"), "Chicken Day 3,000");
        customer.screenshot("customer-coupons");

        customer.open("/");
        customer.click(shopCard);
        var friedChicken = "//div[contains(@class,'menu')][@data-menu-name='Fried Chicken']";
        customer.click(By.xpath(friedChicken + "//input[@value='Boneless']"));
        customer.click(By.xpath(friedChicken + "//button[contains(@class,'add')]"));
        customer.find(By.id("to-cart"));
        customer.screenshot("customer-shop");
        customer.click(By.id("to-cart"));
        customer.waitForPath("/cart");
        customer.waitForText(By.id("coupons"), "Chicken Day 3,000");
        new Select(customer.find(By.id("coupons"))).selectByIndex(1);
        customer.screenshot("customer-cart");
        customer.click(By.id("place"));
        customer.waitUpTo(Duration.ofSeconds(15))
                .until(driver -> customer.path().startsWith("/order?id="));
        var order = customer.path().substring("/order?id=".length());
        customer.find(By.cssSelector("#live[data-state='live']"));

        // the owner's board shows the new order without reloading, and the owner accepts it
        var accept = By.cssSelector(".order[data-order-id='" + order + "'] button.accept");
        owner.find(accept);
        owner.screenshot("owner-board");
        owner.click(accept);
        owner.find(By.cssSelector("#cooking .order[data-order-id='" + order + "']"));

        // the rider's list shows the delivery; picked up, then handed over
        var delivery = ".delivery[data-order-id='" + order + "'] ";
        rider.find(By.cssSelector(delivery + "button.pickup"));
        assertThat(rider.find(By.cssSelector(delivery + ".number")).getText()).matches("B\\d{10,}");
        assertThat(rider.find(By.cssSelector(".delivery[data-order-id='" + order + "']"))
                        .getText())
                .contains("To Olympic-ro 240", "due at the door");
        rider.screenshot("rider-deliveries");
        rider.click(By.cssSelector(delivery + "button.pickup"));
        rider.click(By.cssSelector(delivery + "button.complete"));

        // the customer's page followed every step live
        customer.find(By.cssSelector("li.done[data-step='DELIVERED']"));
        for (var step : List.of("PLACED", "PAID", "ACCEPTED", "PICKED_UP", "DELIVERED")) {
            assertThat(customer.driver().findElements(By.cssSelector("li.done[data-step='" + step + "']")))
                    .as(step)
                    .hasSize(1);
        }
        assertThat(customer.find(By.id("summary")).getText()).contains("Fried Chicken", "Discount", "3,000원");
        assertThat(customer.find(By.id("order-number")).getText()).matches("Order B\\d{10,}");
        customer.screenshot("customer-order");

        customer.click(By.id("write-review"));
        customer.waitUpTo(Duration.ofSeconds(15))
                .until(driver -> customer.path().startsWith("/review"));
        customer.type(By.name("text"), "Crispy, hot and quick. The boneless was worth it.");
        customer.screenshot("customer-review");
        customer.click(By.cssSelector("#review button[type='submit']"));
        customer.waitUpTo(Duration.ofSeconds(15))
                .until(driver -> customer.path().startsWith("/shop?id="));

        customer.open("/orders");
        customer.find(By.cssSelector(".order[data-order-id='" + order + "']"));
        customer.screenshot("customer-orders");

        owner.open("/owner/shops");
        owner.find(By.cssSelector(".menu"));
        owner.screenshot("owner-shops");
        owner.open("/owner/settlements");
        owner.find(By.cssSelector("#days tr"));
        owner.screenshot("owner-settlements");
    }

    @Test
    void theOwnerCancelsOneLineFromTheBoardAndTheCustomerSeesIt() throws Exception {
        var api = new ApiClient(port);
        var owner1 = api.token("owner1");
        var shopName = "Board Chicken " + UUID.randomUUID().toString().substring(0, 6);
        var shop = api.openShop(owner1, shopName, 10_000);
        var username = "c" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.send("POST", "/api/auth/signup", null, """
                                {"username":"%s","password":"demo1234!","role":"CUSTOMER","displayName":"Jisoo"}""".formatted(username))
                        .statusCode())
                .isEqualTo(201);
        var customerToken = api.token(username);
        var placed = api.send(
                "POST",
                "/api/orders",
                customerToken,
                ApiClient.twoLineOrderRequest(shop, ""),
                java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        var order = api.json(placed).get("id").asString();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api.status(order, customerToken).equals("PAID"));

        var owner = browser();
        owner.signInAs("owner1", "/owner");
        new Select(owner.find(By.id("shop"))).selectByVisibleText(shopName);
        var card = ".order[data-order-id='" + order + "'] ";
        owner.find(By.cssSelector(card + "button.cancel-line"));
        assertThat(owner.driver().findElements(By.cssSelector(card + "button.cancel-line")))
                .hasSize(2);
        owner.driver()
                .findElements(By.cssSelector(card + "button.cancel-line"))
                .get(1)
                .click();
        var prompt = owner.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("Out of drumsticks");
        prompt.accept();
        owner.find(By.cssSelector(card + ".line.cancelled"));
        // the last line left cannot be cancelled on its own
        assertThat(owner.driver().findElements(By.cssSelector(card + "button.cancel-line")))
                .isEmpty();
        owner.screenshot("owner-line-cancelled");

        var customer = browser();
        customer.open("/signin");
        customer.type(By.name("username"), username);
        customer.type(By.name("password"), "demo1234!");
        customer.click(By.cssSelector("#signin button[type='submit']"));
        customer.waitForPath("/");
        customer.open("/order?id=" + order);
        customer.waitForText(By.id("summary"), "cancelled by the shop: Out of drumsticks");
        assertThat(customer.find(By.id("summary")).getText()).contains("18,000원", "refunded");
        customer.screenshot("customer-order-line-cancelled");
    }

    @Test
    void anOperatorResubmitsAFailedPublication() throws Exception {
        var api = new ApiClient(port);
        var admin = api.token("admin");
        var customer = api.token("customer2");
        var shop = api.openShop(api.token("owner2"), "Audited Chicken", 10_000);
        AuditTrail.down.set(true);
        var order = api.placeOrder(customer, shop);
        assertThat(api.send("POST", "/api/orders/" + order + "/cancel", customer, null)
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> failedAuditOf(api, admin) != null);
        var publication = failedAuditOf(api, admin);
        AuditTrail.down.set(false);

        var operator = browser();
        operator.signInAs("admin", "/ops");
        var row = By.cssSelector(".publication[data-id='" + publication + "']");
        operator.find(row);
        operator.find(By.cssSelector("#health tr"));
        operator.screenshot("ops-events");
        operator.click(By.cssSelector(".publication[data-id='" + publication + "'] button.resubmit"));

        await().atMost(Duration.ofSeconds(10)).until(() -> failedAuditOf(api, admin) == null);
        assertThat(AuditTrail.recorded).contains(UUID.fromString(order));
        operator.waitUpTo(Duration.ofSeconds(10))
                .until(driver -> driver.findElements(row).isEmpty());

        operator.open("/ops/coupons");
        operator.click(By.cssSelector("#campaign button[type='submit']"));
        operator.find(By.cssSelector("#campaigns .campaign .issued"));
        operator.screenshot("ops-coupons");
        operator.open("/ops/settlements");
        operator.click(By.cssSelector("#reconcile button[type='submit']"));
        operator.find(By.id("reconciled"));
        operator.screenshot("ops-settlements");
    }

    private static String failedAuditOf(ApiClient api, String admin) throws Exception {
        for (var pending : api.json(api.send("GET", "/api/admin/events?status=incomplete", admin, null))) {
            if (pending.get("listenerId").asString().contains("AuditTrail")
                    && pending.get("status").asString().equals("FAILED")) {
                return pending.get("id").asString();
            }
        }
        return null;
    }

    private Chromium browser() {
        var browser = Chromium.start(port);
        browsers.add(browser);
        return browser;
    }

    @TestConfiguration
    static class Audit {

        @Bean
        AuditTrail auditTrail() {
            return new AuditTrail();
        }
    }

    /** A listener that fails while its store is down, leaving a failed publication for the operator. */
    static class AuditTrail {

        static final AtomicBoolean down = new AtomicBoolean();
        static final List<UUID> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(OrderCancelled event) {
            if (down.get()) {
                throw new InjectedFailure("the audit store is down");
            }
            recorded.add(event.orderId());
        }
    }
}
