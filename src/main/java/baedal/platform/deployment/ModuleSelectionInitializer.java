package baedal.platform.deployment;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registers the deployment's {@link ModuleSelection} before component scanning, where Spring Boot's
 * {@code TypeExcludeFilter} finds it (listed in {@code META-INF/spring.factories}).
 */
public class ModuleSelectionInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory()
                .registerSingleton("baedalModuleSelection", ModuleSelection.of(context.getEnvironment()));
    }
}
