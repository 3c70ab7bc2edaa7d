package baedal.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.BaedalApplication;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith's verification of the module structure, and the generated module documentation. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(BaedalApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void verificationCatchesAModuleUsingAnotherModulesInternals() {
        // Fixtures live in test sources, which module detection skips unless told otherwise.
        var broken = ApplicationModules.of("fixture.architecture.modularity", (ImportOption) location -> true);
        assertThatThrownBy(broken::verify).isInstanceOf(Violations.class).hasMessageContaining("AlphaInternals");
    }

    @Test
    void everyBusinessModuleIsDetected() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains(
                        "shop",
                        "display",
                        "order",
                        "payment",
                        "delivery",
                        "coupon",
                        "review",
                        "ad",
                        "settlement",
                        "account",
                        "kernel",
                        "platform");
    }

    /**
     * The Documenter emits relations and listed items in no stable order; sorting each run of such lines keeps the
     * committed documentation reproducible.
     */
    static List<String> withSortedRuns(List<String> lines, String prefix) {
        var result = new ArrayList<String>();
        var run = new ArrayList<String>();
        var opensCell = false; // an AsciiDoc table cell starts with "|" before its first item
        for (var line : lines) {
            if (line.startsWith("|" + prefix)) {
                flush(run, opensCell, result);
                opensCell = true;
                run.add(line.substring(1));
            } else if (line.startsWith(prefix)) {
                run.add(line);
            } else {
                flush(run, opensCell, result);
                opensCell = false;
                result.add(line);
            }
        }
        flush(run, opensCell, result);
        return result;
    }

    private static void flush(List<String> run, boolean opensCell, List<String> result) {
        run.sort(null);
        for (int i = 0; i < run.size(); i++) {
            result.add(i == 0 && opensCell ? "|" + run.get(i) : run.get(i));
        }
        run.clear();
    }

    @Test
    void writesModuleDiagramsAndCanvasesIntoArchitectureFolder() throws Exception {
        var folder = "architecture/modules";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        try (var files = Files.list(Path.of(folder))) {
            for (var file : files.toList()) {
                var lines = Files.readAllLines(file);
                Files.write(
                        file,
                        file.toString().endsWith(".puml")
                                ? withSortedRuns(lines, "Rel(")
                                : withSortedRuns(withSortedRuns(lines, "** `"), "* `"));
            }
        }
        assertThat(Path.of(folder, "components.puml")).exists();
        assertThat(Files.list(Path.of(folder)).map(Path::getFileName).map(Path::toString))
                .anyMatch(name -> name.startsWith("module-shop") && name.endsWith(".adoc"));
    }
}
