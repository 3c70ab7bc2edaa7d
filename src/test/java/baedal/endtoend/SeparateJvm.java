package baedal.endtoend;

import baedal.BaedalApplication;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The application in a JVM of its own, on the test's class path and a file database, so that a test can kill it
 * (SIGKILL) and start it again; tokens are signed with a key made up for the run, for users that are not stored as
 * accounts (so it runs with {@code baedal.security.jwt.known-accounts-only=false}).
 */
record SeparateJvm(Process process, int port) {

    static final String SECRET = "separate-jvm-signing-key-" + UUID.randomUUID();

    /**
     * Outbox settings under which the survivors take up a dead instance's unfinished work within seconds: publications
     * taken for stale after 5 s, checked and resubmitted every second.
     */
    static final List<String> FAST_TAKE_OVER = List.of(
            "--spring.modulith.events.staleness.check-interval=PT1S",
            "--spring.modulith.events.staleness.published=PT5S",
            "--spring.modulith.events.staleness.processing=PT5S",
            "--spring.modulith.events.staleness.resubmitted=PT5S",
            "--baedal.outbox.resubmit-interval=PT1S",
            "--baedal.outbox.resubmit-failed-after=PT1S");

    /** These arguments and {@link #FAST_TAKE_OVER}'s. */
    static String[] withFastTakeOver(String... arguments) {
        var all = new ArrayList<>(List.of(arguments));
        all.addAll(FAST_TAKE_OVER);
        return all.toArray(String[]::new);
    }

    /** An H2 file database that flushes on commit, as a crash test needs. */
    static String database(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("baedal").toAbsolutePath()
                + ";MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    static SeparateJvm start(String database, Path log, String... arguments) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                BaedalApplication.class.getName(),
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + database,
                "--server.port=" + port,
                "--baedal.security.jwt.secret=" + SECRET,
                // The runs' users are tokens signed for accounts that are not stored (token(UUID, String)).
                "--baedal.security.jwt.known-accounts-only=false"));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited:\n" + Files.readString(log));
            }
            try {
                var health = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return new SeparateJvm(process, port);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the application did not start:\n" + Files.readString(log));
    }

    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** A token for a user in one role, signed with this run's key. */
    static String token(UUID user, String role) {
        var now = Instant.now();
        var claims = JwtClaimsSet.builder()
                .issuer("baedal")
                .subject(user.toString())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(1)))
                .claim("preferred_username", role.toLowerCase() + "-" + user)
                .claim("roles", List.of(role))
                .build();
        var key = new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
