package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a newcomer, an integrator or a security review meets first: bad input of every kind is a 4xx problem that
 * echoes nothing of ours back, sign-in fails one way and slows guessing down, and only tokens that expire and name
 * an account are taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class FrontDoorEndToEndTests {

    @LocalServerPort
    int port;

    @Autowired
    JwtEncoder encoder;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anIdempotencyKeyThatIsNotAsciiIsABadRequest() throws Exception {
        var customer = api.token("customer1");
        var answer = raw("POST /api/orders HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + customer
                + "\r\nContent-Type: application/json\r\nIdempotency-Key: \uD0A4\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(answer).contains("not allowed");
    }

    @Test
    void anUnreadableBodyIsDescribedInTheClientsTermsNeverOurs() throws Exception {
        var array = api.send("POST", "/api/auth/signup", null, "[]");
        var wrongRole = api.send(
                "POST",
                "/api/auth/signup",
                null,
                "{\"username\":\"x1y2z3\",\"password\":\"abc12345\",\"role\":\"ADMIN\",\"displayName\":\"X\"}");
        var broken = api.send("POST", "/api/auth/token", null, "{\"username\":");

        for (var answer : List.of(array, wrongRole, broken)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body())
                    .doesNotContain("baedal.")
                    .doesNotContain("$")
                    .doesNotContain("jackson")
                    .doesNotContain("Cannot deserialize");
        }
        assertThat(api.json(wrongRole).get("detail").asString()).contains("'role'");
    }

    @Test
    void aMegabyteOptionNameIsRefusedWithoutBeingSentBack() throws Exception {
        var customer = api.token("customer1");
        var huge = "x".repeat(900_000);
        var answer = api.send(
                "POST",
                "/api/orders",
                customer,
                """
                {"shopId":"%s","items":[{"menuId":"%s","quantity":1,"optionNames":["%s"]}],
                 "deliveryAddress":"Olympic-ro 240","lat":37.514,"lng":127.101}""".formatted(UUID.randomUUID(), UUID.randomUUID(), huge),
                Map.of("Idempotency-Key", "huge-" + UUID.randomUUID()));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).hasSizeLessThan(2_000);
    }

    @Test
    void aBodyOverAMegabyteIsTooLargeWithOrWithoutItsLength() throws Exception {
        var body = "{\"username\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        var declared = api.send("POST", "/api/auth/token", null, body);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        var chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
    }

    @Test
    void thePaymentOfAnOrderThatDoesNotExistIsNotFound() throws Exception {
        var customer = api.token("customer1");
        var answer = api.send("GET", "/api/payments?orderId=" + UUID.randomUUID(), customer, null);
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void theDescriptionNeverRepeatsTheHostItWasAskedFor() throws Exception {
        var answer = raw("GET /v3/api-docs HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("attacker.example");
    }

    @Test
    void everyFailedSignInReadsTheSame() throws Exception {
        var wrongPassword = signIn("customer2", "not-the-password1");
        var unknownUser = signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), "demo1234!");

        for (var answer : List.of(wrongPassword, unknownUser)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(api.json(answer).get("detail").asString()).isEqualTo("Unknown username or wrong password.");
        }
    }

    @Test
    void repeatedFailuresForAUsernameAreSlowedEvenWithTheRightPasswordAfter() throws Exception {
        var username = "guessed" + UUID.randomUUID().toString().substring(0, 8);
        var signup = api.send("POST", "/api/auth/signup", null, """
                {"username":"%s","password":"right2024","role":"CUSTOMER","displayName":"Guessed"}""".formatted(username));
        assertThat(signup.statusCode()).isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "wrong" + i + "abc").statusCode()).isEqualTo(401);
        }
        var throttled = signIn(username, "right2024");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(signIn("customer3", "demo1234!").statusCode())
                .as("another account from the same address")
                .isEqualTo(200);
    }

    @Test
    void aTokenWithoutExpiryOrForNoAccountIsRefused() throws Exception {
        var customer1 =
                api.json(signIn("customer1", "demo1234!")).get("accessToken").asString();
        var subject = decodeSubject(customer1);

        var forever = sign(subject, null);
        var nobody = sign(UUID.randomUUID().toString(), Instant.now().plusSeconds(600));
        var fine = sign(subject, Instant.now().plusSeconds(600));

        assertThat(api.send("GET", "/api/me/coupons", forever, null).statusCode())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/me/coupons", nobody, null).statusCode())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/me/coupons", fine, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return api.send(
                "POST",
                "/api/auth/token",
                null,
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }

    private String sign(String subject, Instant expiresAt) {
        var claims = JwtClaimsSet.builder()
                .issuer("baedal")
                .subject(subject)
                .issuedAt(Instant.now())
                .claim("preferred_username", "someone")
                .claim("roles", List.of("CUSTOMER"));
        if (expiresAt != null) {
            claims.expiresAt(expiresAt);
        }
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    private static String decodeSubject(String token) {
        var payload =
                new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        var at = payload.indexOf("\"sub\":\"") + 7;
        return payload.substring(at, payload.indexOf('"', at));
    }

    /** Sends bytes as they are (a Host of our choosing, a header in UTF-8) and returns the whole answer. */
    private String raw(String request) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
