package baedal.platform.deployment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.runtime.flyway.MigrationFilter;

/** A deployment that runs some modules migrates only their tables (and the event registry's). */
@Configuration(proxyBeanMethods = false)
class ModuleSelectionConfiguration {

    /** Uses the selection {@link ModuleSelectionInitializer} registered for component scanning. */
    @Bean
    MigrationFilter selectedModulesOnly(ModuleSelection selection) {
        return (module, flyway) -> selection.runsModule(module.toString());
    }
}
