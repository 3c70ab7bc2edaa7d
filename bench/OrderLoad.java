import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>Each customer keeps one HTTP/1.1 keep-alive connection and speaks the protocol directly over a blocking socket
 * (as wrk does), so the load generator, which shares the machine with the server, stays cheap.
 */
public class OrderLoad {

    static final long POLL_MILLIS = Long.getLong("poll", 200);
    static final long WARMUP_SECONDS = Long.getLong("warmup", 30);
    static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern DELIVERY = Pattern.compile("\"deliveryId\":\"([0-9a-f-]{36})\"");

    final String host;
    final int port;
    final String base, shop, menu, customer, owner, rider;
    final List<Long> paidLag = Collections.synchronizedList(new ArrayList<>());
    final List<Long> dispatchLag = Collections.synchronizedList(new ArrayList<>());
    final List<Long> deliveredLag = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicBoolean measuring = new AtomicBoolean();

    OrderLoad(String[] args) {
        base = args[0];
        var uri = URI.create(base);
        host = uri.getHost(); port = uri.getPort();
        shop = args[1]; menu = args[2]; customer = args[3]; owner = args[4]; rider = args[5];
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
                    Connection connection = null;
                    while (!stop.get()) {
                        try {
                            if (connection == null) connection = new Connection(host, port);
                            oneOrder(connection);
                        } catch (Exception e) {
                            if (connection != null) { connection.close(); connection = null; }
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("order failed: " + e);
                            }
                        }
                    }
                    if (connection != null) connection.close();
                });
            }
            Thread.sleep(WARMUP_SECONDS * 1000L); // the JIT compiles the hot paths meanwhile
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

    void oneOrder(Connection c) throws Exception {
        var body = """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1,"choices":[
                   {"group":"Cut","options":["Boneless"]},{"group":"Sauce","options":["Yangnyeom"]}]}],
                 "deliveryAddress":"Olympic-ro 240","lat":37.5140,"lng":127.1010}""".formatted(shop, menu);
        var placed = c.send("POST", "/api/orders", customer, body, UUID.randomUUID().toString());
        if (placed.status() != 201) throw new IllegalStateException("place: " + placed.status() + " " + placed.body());
        var orderId = group(ID, placed.body());
        var t0 = System.nanoTime();
        awaitStatus(c, orderId, "PAID");
        record(paidLag, t0);
        check(c.send("POST", "/api/shops/%s/orders/%s/accept".formatted(shop, orderId), owner, null, null));
        var t1 = System.nanoTime();
        String deliveryId;
        while ((deliveryId = optional(DELIVERY, view(c, orderId))) == null) {
            Thread.sleep(POLL_MILLIS);
        }
        record(dispatchLag, t1);
        check(c.send("POST", "/api/deliveries/" + deliveryId + "/pickup", rider, null, null));
        check(c.send("POST", "/api/deliveries/" + deliveryId + "/complete", rider, null, null));
        var t2 = System.nanoTime();
        awaitStatus(c, orderId, "DELIVERED");
        record(deliveredLag, t2);
        completed.incrementAndGet();
    }

    void record(List<Long> lags, long since) {
        if (measuring.get()) lags.add((System.nanoTime() - since) / 1_000);
    }

    void awaitStatus(Connection c, String orderId, String status) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status.equals(group(STATUS, view(c, orderId)))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(orderId + " never reached " + status);
            Thread.sleep(POLL_MILLIS);
        }
    }

    String view(Connection c, String orderId) throws Exception {
        return c.send("GET", "/api/orders/" + orderId, customer, null, null).body();
    }

    static void check(Response response) {
        if (response.status() >= 300) throw new IllegalStateException(response.status() + " " + response.body());
    }

    record Response(int status, String body) {}

    /** One keep-alive HTTP/1.1 connection: Content-Length and chunked bodies, nothing else is needed here. */
    static final class Connection {
        final String host;
        final Socket socket;
        final OutputStream out;
        final InputStream in;

        Connection(String host, int port) throws IOException {
            this.host = host;
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        Response send(String method, String path, String token, String body, String key) throws IOException {
            var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var head = new StringBuilder(256)
                    .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n")
                    .append("Authorization: Bearer ").append(token).append("\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(bytes.length).append("\r\n");
            if (key != null) head.append("Idempotency-Key: ").append(key).append("\r\n");
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();

            var statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            for (var header = line(); !header.isEmpty(); header = line()) {
                var lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) length = Integer.parseInt(header.substring(15).trim());
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            }
            var content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                content.write(in.readNBytes(length));
            }
            return new Response(status, content.toString(StandardCharsets.UTF_8));
        }

        String line() throws IOException {
            var text = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new IOException("connection closed");
                if (b != '\r') text.append((char) b);
            }
            return text.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
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
