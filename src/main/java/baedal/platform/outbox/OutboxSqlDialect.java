package baedal.platform.outbox;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * When the database is H2 in SQL Server mode, tells Spring Modulith's JDBC event registry to speak SQL Server
 * (it would otherwise pick its H2 dialect, whose {@code LIMIT} that mode rejects). The registry's tables come
 * from our own Flyway script in SQL Server syntax, so the outbox runs the same SQL on H2 and on SQL Server.
 */
class OutboxSqlDialect implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    static final String DATABASE_TYPE_BEAN = "databaseType";
    static final String DATABASE_TYPE_CLASS = "org.springframework.modulith.events.jdbc.DatabaseType";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        var url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:") || !url.toUpperCase().contains("MODE=MSSQLSERVER")) {
            return;
        }
        if (!registry.containsBeanDefinition(DATABASE_TYPE_BEAN)) {
            throw new IllegalStateException("Spring Modulith's JDBC registry no longer defines '" + DATABASE_TYPE_BEAN
                    + "'; revisit OutboxSqlDialect");
        }
        Class<? extends Enum> type;
        try {
            type = (Class<? extends Enum>)
                    ClassUtils.forName(DATABASE_TYPE_CLASS, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Spring Modulith's JDBC registry changed; revisit OutboxSqlDialect", e);
        }
        var sqlServer = Enum.valueOf(type, "MSSQL");
        registry.removeBeanDefinition(DATABASE_TYPE_BEAN);
        registry.registerBeanDefinition(
                DATABASE_TYPE_BEAN, new RootBeanDefinition((Class<Object>) (Class<?>) type, () -> sqlServer));
    }
}
