import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Drives full order lifecycles over HTTP (place -> paid -> accept -> rider assigned -> pick up -> deliver) from many
 * concurrent customers and reports completed orders per second and how long each event-driven step took to show.
 * Usage: java bench/OrderLoad.java BASE_URL SHOP_ID MENU_ID CUSTOMER_TOKEN OWNER_TOKEN RIDER_TOKEN [workers] [seconds]
 */
public class OrderLoad {

    static final long POLL_MILLIS = Long.getLong("poll", 200);
    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern DELIVERY = Pattern.compile("\"deliveryId\":\"([0-9a-f-]{36})\"");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base, shop, menu, customer, owner, rider;
    final List<Long> paidLag = Collections.synchronizedList(new ArrayList<>());
    final List<Long> dispatchLag = Collections.synchronizedList(new ArrayList<>());
    final List<Long> deliveredLag = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicBoolean measuring = new AtomicBoolean();

    OrderLoad(String[] args) {
        base = args[0]; shop = args[1]; menu = args[2]; customer = args[3]; owner = args[4]; rider = args[5];
    }

    public static void main(String[] args) throws Exception {
        var load = new OrderLoad(args);
        int workers = args.length > 6 ? Integer.parseInt(args[6]) : 64;
        int seconds = args.length > 7 ? Integer.parseInt(args[7]) : 30;
        load.run(workers, seconds);
    }

    void run(int workers, int seconds) throws Exception {
        var stop = new AtomicBoolean();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < workers; i++) {
                pool.submit(() -> {
                    while (!stop.get()) {
                        try {
                            oneOrder();
                        } catch (Exception e) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("order failed: " + e);
                            }
                        }
                    }
                });
            }
            Thread.sleep(10_000); // warm-up
            measuring.set(true);
            paidLag.clear(); dispatchLag.clear(); deliveredLag.clear();
            var before = completed.get();
            var started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            var done = completed.get() - before;
            var elapsed = (System.nanoTime() - started) / 1e9;
            measuring.set(false);
            stop.set(true);
            System.out.printf("workers %d, %d s measured: %d orders delivered, %.0f orders/s, %d failed calls%n",
                    workers, seconds, done, done / elapsed, failures.get());
            report("placed -> PAID (payment listener + order listener)", paidLag);
            report("accepted -> rider assigned (delivery + order listeners)", dispatchLag);
            report("delivered -> DELIVERED (order listener)", deliveredLag);
        }
    }

    void oneOrder() throws Exception {
        var body = """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1,"optionNames":[]}],
                 "deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010}""".formatted(shop, menu);
        var placed = send("POST", "/api/orders", customer, body, UUID.randomUUID().toString());
        if (placed.statusCode() != 201) throw new IllegalStateException("place: " + placed.statusCode() + " " + placed.body());
        var orderId = group(ID, placed.body());
        var t0 = System.nanoTime();
        awaitStatus(orderId, "PAID");
        record(paidLag, t0);
        check(send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop, orderId), owner, null, null));
        var t1 = System.nanoTime();
        String deliveryId;
        while ((deliveryId = optional(DELIVERY, view(orderId))) == null) {
            Thread.sleep(POLL_MILLIS);
        }
        record(dispatchLag, t1);
        check(send("POST", "/api/deliveries/" + deliveryId + "/pickup", rider, null, null));
        check(send("POST", "/api/deliveries/" + deliveryId + "/complete", rider, null, null));
        var t2 = System.nanoTime();
        awaitStatus(orderId, "DELIVERED");
        record(deliveredLag, t2);
        completed.incrementAndGet();
    }

    void record(List<Long> lags, long since) {
        if (measuring.get()) lags.add((System.nanoTime() - since) / 1_000);
    }

    void awaitStatus(String orderId, String status) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status.equals(group(STATUS, view(orderId)))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(orderId + " never reached " + status);
            Thread.sleep(POLL_MILLIS);
        }
    }

    String view(String orderId) throws Exception {
        return send("GET", "/api/orders/" + orderId, customer, null, null).body();
    }

    static void check(HttpResponse<String> response) {
        if (response.statusCode() >= 300) throw new IllegalStateException(response.statusCode() + " " + response.body());
    }

    HttpResponse<String> send(String method, String path, String token, String body, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (key != null) request.header("Idempotency-Key", key);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String group(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        if (!m.find()) throw new IllegalStateException("no " + pattern + " in " + text);
        return m.group(1);
    }

    static String optional(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static void report(String step, List<Long> micros) {
        var sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) { System.out.println(step + ": no samples"); return; }
        System.out.printf("%-58s p50 %6.1f ms   p99 %6.1f ms   (%d samples, includes up to %d ms polling)%n", step,
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0, sorted.size(),
                POLL_MILLIS);
    }
}
