package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's walk-throughs, run as written: every {@code ```bash run} block, in order, as one script in a plain
 * {@code bash} (no options a user's shell would not have), against an application started with the demo data, its
 * address given as the README's {@code BAEDAL} variable. A step that goes wrong reports itself with a line starting
 * {@code ✗} (the README's helpers), which fails the test, so the README cannot drift from what the application does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReadmeWalkthroughEndToEndTests {

    static final String RUNNABLE = "```bash run";

    @LocalServerPort
    int port;

    @Test
    void theReadmeWalkthroughsRunAsWritten() throws Exception {
        var blocks = runnableBlocks(Files.readString(Path.of("README.md")));
        assertThat(blocks).as("runnable blocks in README.md").hasSizeGreaterThanOrEqualTo(8);

        var run = runInBash(String.join("\n", blocks), Duration.ofMinutes(3));

        assertThat(run.output()).as("no step reported a failure").doesNotContain(FAILED);
        assertThat(run.exitStatus()).as("exit status:\n%s", run.output()).isZero();
        assertThat(run.output())
                .as("the order was delivered and its events streamed")
                .contains("event:DELIVERED")
                .contains("\"status\":\"DELIVERED\"");
    }

    /** The helpers turn a failed step into a message and a failed command instead of an empty value and a hang. */
    @Test
    void aStepThatGoesWrongSaysSoAndFails() throws Exception {
        var helpers = runnableBlocks(Files.readString(Path.of("README.md"))).getFirst();

        var wrongPassword = runInBash(helpers + "PASSWORD=wrong\nTOKEN=$(login customer1)", Duration.ofSeconds(30));
        assertThat(wrongPassword.exitStatus()).isNotZero();
        assertThat(wrongPassword.output())
                .contains(FAILED + " POST /api/auth/token answered 401")
                .contains(FAILED + " the answer has no \"accessToken\"");

        var emptyId = runInBash(helpers + "api POST /api/deliveries/$DELIVERY/pickup", Duration.ofSeconds(30));
        assertThat(emptyId.exitStatus()).isNotZero();
        assertThat(emptyId.output()).contains(FAILED + " POST /api/deliveries//pickup: an id in the path is empty");

        var unexpected = runInBash(helpers + "api 201 GET /api/display/shops/unknown", Duration.ofSeconds(30));
        assertThat(unexpected.exitStatus()).isNotZero();
        assertThat(unexpected.output()).contains(FAILED + " GET /api/display/shops/unknown answered 4");
    }

    private static final String FAILED = "\u2717";

    record Run(int exitStatus, String output) {}

    private Run runInBash(String script, Duration limit) throws Exception {
        Assumptions.assumeTrue(
                onPath("bash") && onPath("curl"), "the README's walk-throughs need bash and curl, not found here");
        var file = Files.createTempFile("walkthrough", ".sh");
        try {
            Files.writeString(file, script);
            var builder = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
            builder.environment().put("BAEDAL", "http://localhost:" + port);
            var process = builder.start();
            var output = new StringBuilder();
            var reader = Thread.ofVirtual().start(() -> {
                try (var in = process.inputReader(StandardCharsets.UTF_8)) {
                    in.lines().forEach(line -> output.append(line).append('\n'));
                } catch (Exception e) {
                    output.append(e);
                }
            });
            var finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            reader.join(5_000);
            assertThat(finished).as("finished within %s:\n%s", limit, output).isTrue();
            return new Run(process.exitValue(), output.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static List<String> runnableBlocks(String readme) {
        var blocks = new ArrayList<String>();
        StringBuilder block = null;
        for (var line : readme.lines().toList()) {
            if (block == null && line.strip().equals(RUNNABLE)) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static boolean onPath(String command) {
        var path = System.getenv("PATH");
        return path != null
                && List.of(path.split(java.io.File.pathSeparator)).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
