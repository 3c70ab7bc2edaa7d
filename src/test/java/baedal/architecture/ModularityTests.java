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
                        "shared");
    }

    /**
     * The Documenter emits relations and listed items in no stable order; sorting each run of such lines keeps the
     * committed documentation reproducible.
     */
    static List<String> withSortedRuns(List<String> lines, String prefix) {
        var result = new ArrayList<String>();
        var relations = new ArrayList<String>();
        for (var line : lines) {
            if (line.startsWith(prefix)) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            result.addAll(relations);
            relations.clear();
            result.add(line);
        }
        relations.sort(null);
        result.addAll(relations);
        return result;
    }

    @Test
    void writesModuleDiagramsAndCanvasesIntoArchitectureFolder() throws Exception {
        var folder = "architecture/modules";
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();
        try (var files = Files.list(Path.of(folder))) {
            for (var file : files.toList()) {
                var prefix = file.toString().endsWith(".puml") ? "Rel(" : "* `";
                Files.write(file, withSortedRuns(Files.readAllLines(file), prefix));
            }
        }
        assertThat(Path.of(folder, "components.puml")).exists();
        assertThat(Files.list(Path.of(folder)).map(Path::getFileName).map(Path::toString))
                .anyMatch(name -> name.startsWith("module-shop") && name.endsWith(".adoc"));
    }
}
