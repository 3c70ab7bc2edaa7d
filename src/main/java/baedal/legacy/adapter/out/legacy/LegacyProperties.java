package baedal.legacy.adapter.out.legacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legacy order database.
 *
 * @param url JDBC URL (mssql-jdbc in production; an embedded H2 in SQL Server mode by default)
 * @param createSchema create the legacy table on first use (for the embedded default; the real one exists)
 */
@ConfigurationProperties("baedal.legacy")
record LegacyProperties(
        @DefaultValue("jdbc:h2:mem:legacy;MODE=MSSQLServer;DB_CLOSE_DELAY=-1")
        String url,

        @DefaultValue("sa") String username,
        @DefaultValue("") String password,
        @DefaultValue("true") boolean createSchema) {}
