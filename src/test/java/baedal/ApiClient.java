package baedal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end tests against the running application on a random port. */
final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    /** Signs a demo account in and returns its bearer token. */
    String token(String username) throws Exception {
        var response = send(
                "POST",
                "/api/auth/token",
                null,
                "{\"username\":\"%s\",\"password\":\"demo1234!\"}".formatted(username));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("accessToken").asString();
    }

    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, Map.of());
    }

    HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
