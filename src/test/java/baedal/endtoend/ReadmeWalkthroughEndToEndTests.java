package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The README's walk-throughs, run as written: every {@code ```bash run} block, in order, in one bash with
 * {@code set -eu -o pipefail}, against an application started with the demo data (only the port differs). A block
 * that fails, or a request that {@code curl -f} refuses, fails the test, so the README cannot drift from what the
 * application does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReadmeWalkthroughEndToEndTests {

    static final String RUNNABLE = "```bash run";

    @LocalServerPort
    int port;

    @Test
    void theReadmeWalkthroughsRunAsWritten() throws Exception {
        Assumptions.assumeTrue(
                onPath("bash") && onPath("curl"), "the README's walk-throughs need bash and curl, not found here");
        var blocks = runnableBlocks(Files.readString(Path.of("README.md")));
        assertThat(blocks).as("runnable blocks in README.md").hasSizeGreaterThanOrEqualTo(8);
        var script = "set -eu -o pipefail\nset -x\n"
                + String.join("\n", blocks).replace("localhost:8080", "localhost:" + port);

        var process = new ProcessBuilder("bash", "-c", script)
                .redirectErrorStream(true)
                .start();
        var output = new StringBuilder();
        var reader = Thread.ofVirtual().start(() -> {
            try (var in = process.inputReader(StandardCharsets.UTF_8)) {
                in.lines().forEach(line -> output.append(line).append('\n'));
            } catch (Exception e) {
                output.append(e);
            }
        });
        var finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        reader.join(5_000);

        assertThat(finished)
                .as("walk-throughs finished within 3 minutes:\n%s", output)
                .isTrue();
        assertThat(process.exitValue())
                .as("walk-throughs' exit status:\n%s", output)
                .isZero();
        assertThat(output)
                .as("the order was delivered and its events streamed")
                .contains("event:DELIVERED")
                .contains("\"status\":\"DELIVERED\"");
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
