package baedal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.modulith.runtime.flyway.MigrationFilter;

/** A deployment that runs some modules migrates only their tables (and the event registry's). */
@Configuration(proxyBeanMethods = false)
class ModuleSelectionConfiguration {

    @Bean
    MigrationFilter selectedModulesOnly(Environment environment) {
        var selection = ModuleSelection.of(environment);
        return (module, flyway) -> selection.runsModule(module.toString());
    }
}
