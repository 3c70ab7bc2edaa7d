package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The deployment shape rehearsed: two application JVMs on one file-backed H2 server and one real Kafka broker, driven
 * round robin over HTTP as a load balancer would. A change made through one instance shows on the other's display
 * and prices the other's orders; an order's live status streams from either; a flash sale split over both issues exactly its quantity; an order placed on one is
 * accepted on the other; scheduled work runs once across both; and when one instance is killed mid-burst, the other
 * carries on and every accepted order is paid, once, after the dead one returns.
 */
class ClusterEndToEndTests {

    private static final Pattern SCHEDULED_RUNS =
            Pattern.compile("baedal_scheduled_runs_total\\{[^}]*job=\"ad-schedule\"[^}]*} ([0-9.]+)");

    @TempDir
    Path directory;

    private Server database;
    private EmbeddedKafkaKraftBroker broker;
    private String url;
    private String[] arguments;
    private final List<SeparateJvm> instances = new ArrayList<>();

    @BeforeEach
    void startDatabaseAndBroker() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = Server.createTcpServer(
                        "-tcpPort", String.valueOf(port), "-baseDir", directory.toString(), "-ifNotExists")
                .start();
        url = "jdbc:h2:tcp://localhost:" + port + "/baedal;MODE=MSSQLServer;QUERY_CACHE_SIZE=256";
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        arguments = SeparateJvm.withFastTakeOver(
                "--spring.profiles.active=demo,test,kafka",
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--baedal.ad.schedule-interval=PT2S",
                "--baedal.payment.sandbox.latency=PT0.1S");
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (var instance : instances) {
            instance.kill();
        }
        broker.destroy();
        database.stop();
    }

    @Test
    void twoInstancesOnOneDatabaseAndOneBrokerActAsOne() throws Exception {
        var first = start("first");
        var second = start("second");
        var a = new ApiClient(first.port());
        var b = new ApiClient(second.port());
        var owner = a.token("owner2");
        var admin = b.token("admin");
        var customer = a.token("customer2");

        // a shop registered, given a menu and opened through one instance shows on both
        var shop = a.openShop(owner, "Cluster Chicken", 10_000);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> b.send("GET", "/api/display/shops/" + shop.shopId(), null, null)
                        .body()
                        .contains(shop.menuId()));

        // renamed through the other instance, it shows so on the first
        var renamed =
                b.send("PUT", "/api/shops/" + shop.shopId(), owner, ApiClient.shop("Cluster Chicken Two", 10_000));
        assertThat(renamed.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> a.send("GET", "/api/display/shops/" + shop.shopId(), null, null)
                        .body()
                        .contains("Cluster Chicken Two"));

        // a price raised through one instance is what an order placed through the other pays, at once
        var raised = a.send("PUT", "/api/shops/%s/menus/%s".formatted(shop.shopId(), shop.menuId()), owner, """
                        {"name":"Fried Chicken","price":23000,"group":"Chicken"}""");
        assertThat(raised.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> a.send("GET", "/api/display/shops/" + shop.shopId(), null, null)
                        .body()
                        .contains("23000"));
        // the owner's live board is connected to the first instance
        var board = ServerSentEvents.open(first.port(), "/api/shops/" + shop.shopId() + "/orders/events", owner);
        var placed = b.order(customer, shop);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(b.json(placed).get("totalAmount").asLong()).isEqualTo(23_000 + 2_000);

        // placed on the second, seen live and accepted on the first, seen live by the customer on the second
        var order = b.json(placed).get("id").asString();
        var tracking = ServerSentEvents.open(second.port(), "/api/orders/" + order + "/events", customer);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> board.events().stream().anyMatch(event -> event.contains(order)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> a.status(order, customer).equals("PAID"));
        var accepted = a.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop.shopId(), order), owner, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> b.status(order, customer).equals("ACCEPTED"));
        await().atMost(Duration.ofSeconds(5)).until(() -> tracking.names().contains("ACCEPTED"));
        assertThat(tracking.names()).containsSubsequence("PLACED", "PAID", "ACCEPTED");
        board.close();
        tracking.close();

        flashSaleSplitOverBothIsExact(a, b, admin);
        scheduledWorkRunsOnceAcrossBoth(a, b, admin);
        killedMidBurstTheOtherCarriesOnAndNothingIsLost(first, a, b, shop, customer);
    }

    private void flashSaleSplitOverBothIsExact(ApiClient a, ApiClient b, String admin) throws Exception {
        var created = a.send("POST", "/api/coupon-campaigns", admin, """
                {"name":"Cluster 7000","discountAmount":7000,"minOrderAmount":15000,"totalQuantity":100,
                 "perUserLimit":1,"validFrom":"%s","validUntil":"%s"}""".formatted(
                Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofDays(1))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var campaign = a.json(created).get("id").asString();

        var issued = ConcurrentHashMap.<String>newKeySet();
        var holders = ConcurrentHashMap.<String>newKeySet();
        var tasks = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 150; i++) {
                var customer = SeparateJvm.token(UUID.randomUUID(), "CUSTOMER");
                for (var instance : List.of(a, b)) {
                    tasks.add(pool.submit(() -> {
                        var claim =
                                instance.send("POST", "/api/coupon-campaigns/" + campaign + "/issue", customer, null);
                        if (claim.statusCode() == 201) {
                            issued.add(instance.json(claim).get("id").asString());
                            assertThat(holders.add(customer))
                                    .as("a second coupon for one customer")
                                    .isTrue();
                        } else {
                            assertThat(claim.statusCode()).as(claim.body()).isEqualTo(409);
                        }
                        return null;
                    }));
                }
            }
        }
        for (var task : tasks) {
            task.get();
        }
        assertThat(issued).hasSize(100);
        for (var instance : List.of(a, b)) {
            var tally = instance.json(
                    instance.send("GET", "/api/admin/coupon-campaigns/" + campaign + "/tally", admin, null));
            assertThat(tally.get("issued").asLong()).isEqualTo(100);
            assertThat(tally.get("overLimit").asLong()).isZero();
        }
    }

    /** The ad schedule is due every 2 s on each instance; the lock lets one run per interval across both. */
    private void scheduledWorkRunsOnceAcrossBoth(ApiClient a, ApiClient b, String admin) throws Exception {
        var before = scheduledRuns(a, admin) + scheduledRuns(b, admin);
        Thread.sleep(Duration.ofSeconds(12));
        var runs = scheduledRuns(a, admin) + scheduledRuns(b, admin) - before;

        // one instance alone would run it about 6 times in 12 s, two without a lock about 12 times
        assertThat(runs).isBetween(3.0, 8.0);
    }

    private double scheduledRuns(ApiClient instance, String admin) throws Exception {
        var metrics = instance.send("GET", "/actuator/prometheus", admin, null).body();
        var matcher = SCHEDULED_RUNS.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private void killedMidBurstTheOtherCarriesOnAndNothingIsLost(
            SeparateJvm first, ApiClient a, ApiClient b, ApiClient.OpenShop shop, String customer) throws Exception {
        var accepted = ConcurrentHashMap.<String>newKeySet();
        var requests = new AtomicInteger();
        var killed = new AtomicBoolean();
        var tasks = new ArrayList<Future<?>>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 120; i++) {
                tasks.add(pool.submit(() -> {
                    var n = requests.incrementAndGet();
                    if (n == 40 && killed.compareAndSet(false, true)) {
                        first.kill();
                    }
                    var instance = n % 2 == 0 || killed.get() ? b : a;
                    var key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
                    var body = ApiClient.orderRequest(shop);
                    HttpResponse<String> response;
                    try {
                        response = instance.send("POST", "/api/orders", customer, body, key);
                    } catch (IOException instanceGone) {
                        // as a client behind the load balancer would, try again on the instance still alive
                        response = b.send("POST", "/api/orders", customer, body, key);
                    }
                    if (response.statusCode() == 201 || response.statusCode() == 200) {
                        accepted.add(b.json(response).get("id").asString());
                    }
                    return null;
                }));
            }
        }
        for (var task : tasks) {
            task.get();
        }
        assertThat(killed).isTrue();
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(100);

        // the survivor takes up what the dead instance was working on; then the dead one returns
        var restarted = start("first-again");
        var again = new ApiClient(restarted.port());
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    for (var order : accepted) {
                        if (!b.status(order, customer).equals("PAID")) {
                            return false;
                        }
                    }
                    return true;
                });
        for (var order : accepted) {
            var history = again.json(again.send("GET", "/api/orders/" + order, customer, null))
                    .get("history")
                    .valueStream()
                    .map(step -> step.get("status").asString())
                    .toList();
            assertThat(history).as(order).startsWith("PLACED").containsOnlyOnce("PAID");
            var payment = again.json(again.send("GET", "/api/payments?orderId=" + order, customer, null));
            assertThat(payment.get("status").asString()).isEqualTo("APPROVED");
        }
    }

    private SeparateJvm start(String name) throws Exception {
        var logs = Files.createDirectories(Path.of("target", "cluster-logs"));
        var instance = SeparateJvm.start(url, logs.resolve(name + ".log"), arguments);
        instances.add(instance);
        return instance;
    }
}
