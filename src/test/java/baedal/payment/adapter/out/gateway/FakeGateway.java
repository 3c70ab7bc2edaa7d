package baedal.payment.adapter.out.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** A payment gateway on loopback that can be made to approve, decline, fail or answer slowly. */
public final class FakeGateway implements AutoCloseable {

    public enum Mode {
        APPROVE,
        DECLINE,
        FAIL,
        SLOW
    }

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([0-9a-f-]+)\"");

    private final int port;
    private final Map<String, String> chargesByKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> keysByOrder = new ConcurrentHashMap<>();
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger inFlight = new AtomicInteger();
    public final AtomicInteger maxInFlight = new AtomicInteger();
    public volatile Mode mode = Mode.APPROVE;
    public volatile Duration slowness = Duration.ofSeconds(2);
    private HttpServer server;

    public FakeGateway() throws IOException {
        server = start(0);
        port = server.getAddress().getPort();
    }

    public int port() {
        return port;
    }

    /** Distinct charges made (a repeated idempotency key does not charge again). */
    public int charges() {
        return chargesByKey.size();
    }

    /** The idempotency keys under which each order (by id) was charged: one key means charged once. */
    public Map<String, Set<String>> keysByOrder() {
        return Map.copyOf(keysByOrder);
    }

    void stop() {
        server.stop(0);
    }

    void restart() throws IOException {
        server = start(port);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private HttpServer start(int bindPort) throws IOException {
        var http = HttpServer.create(new InetSocketAddress("127.0.0.1", bindPort), 50);
        http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        http.createContext("/v1/charges", this::charge);
        http.createContext("/v1/refunds", exchange -> respond(exchange, 200, "{\"status\":\"REFUNDED\"}"));
        http.start();
        return http;
    }

    private void charge(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            switch (mode) {
                case DECLINE -> respond(exchange, 402, "{\"status\":\"DECLINED\"}");
                case FAIL -> respond(exchange, 503, "{\"status\":\"UNAVAILABLE\"}");
                case SLOW -> {
                    sleep(slowness);
                    approve(exchange, key, body);
                }
                case APPROVE -> approve(exchange, key, body);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void approve(HttpExchange exchange, String key, String body) throws IOException {
        var order = ORDER_ID.matcher(body);
        if (order.find()) {
            keysByOrder
                    .computeIfAbsent(order.group(1), id -> ConcurrentHashMap.newKeySet())
                    .add(key);
        }
        var transaction = chargesByKey.computeIfAbsent(key, k -> "tx-" + UUID.randomUUID());
        respond(exchange, 200, "{\"transactionId\":\"%s\",\"status\":\"APPROVED\"}".formatted(transaction));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGaveUp) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
