package baedal.payment.adapter.out.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on loopback that plays the payment gateway and can be made slow, failing or unreachable. */
/** A payment gateway on loopback that can be made to approve, decline, fail or answer slowly. */
public final class FakeGateway implements AutoCloseable {

    public enum Mode {
        APPROVE,
        DECLINE,
        FAIL,
        SLOW
    }

    private final int port;
    private final Map<String, String> chargesByKey = new ConcurrentHashMap<>();
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
            exchange.getRequestBody().readAllBytes();
            switch (mode) {
                case DECLINE -> respond(exchange, 402, "{\"status\":\"DECLINED\"}");
                case FAIL -> respond(exchange, 503, "{\"status\":\"UNAVAILABLE\"}");
                case SLOW -> {
                    sleep(slowness);
                    approve(exchange);
                }
                case APPROVE -> approve(exchange);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void approve(HttpExchange exchange) throws IOException {
        var key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
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
