package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The events of one open Server-Sent Events stream, read on a thread of its own. */
final class ServerSentEvents {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Opens the stream at {@code path} with the bearer token and expects it accepted. */
    static ServerSentEvents open(int port, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ServerSentEvents(response);
    }

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final HttpResponse<java.util.stream.Stream<String>> response;
    private final Thread reader;

    private ServerSentEvents(HttpResponse<java.util.stream.Stream<String>> response) {
        this.response = response;
        this.reader = Thread.ofVirtual().start(() -> {
            var event = new StringBuilder();
            try {
                response.body().forEach(line -> {
                    if (line.isEmpty()) {
                        if (!event.isEmpty()) {
                            events.add(event.toString());
                        }
                        event.setLength(0);
                    } else if (!line.startsWith(":")) {
                        event.append(line).append('\n');
                    }
                });
            } catch (RuntimeException closed) {
                // the test is over
            }
        });
    }

    List<String> events() {
        return List.copyOf(events);
    }

    List<String> names() {
        return events.stream()
                .flatMap(event -> event.lines().filter(line -> line.startsWith("event:")))
                .map(line -> line.substring("event:".length()).trim())
                .toList();
    }

    void close() {
        response.body().close();
        reader.interrupt();
    }
}
