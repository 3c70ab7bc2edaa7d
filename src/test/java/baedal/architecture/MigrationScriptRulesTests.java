package baedal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each module's Flyway scripts under {@code db/migration/<module>/} touch only that module's schema. */
class MigrationScriptRulesTests {

    static final Path MIGRATIONS = Path.of("db/migration");

    @Test
    void everyScriptTouchesOnlyItsOwnModulesTables() throws IOException {
        var violations = new ArrayList<String>();
        try (Stream<Path> scripts = Files.walk(MIGRATIONS)) {
            for (var script :
                    scripts.filter(path -> path.toString().endsWith(".sql")).toList()) {
                var module = MIGRATIONS.relativize(script).getName(0).toString();
                MigrationScriptRules.violations(module, Files.readString(script))
                        .forEach(violation -> violations.add(script + ": " + violation));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyMigrationFolderIsAModuleOrTheRoot() throws IOException {
        try (Stream<Path> folders = Files.list(MIGRATIONS)) {
            assertThat(folders.map(path -> path.getFileName().toString()))
                    .allMatch(name -> name.equals(MigrationScriptRules.ROOT)
                            || Files.isDirectory(Path.of("src/main/java/baedal", name)));
        }
    }

    @Test
    void catchesAScriptReachingIntoAnotherModule() {
        var script = """
                CREATE TABLE shop.favourites (id INT, account_id UNIQUEIDENTIFIER REFERENCES account.accounts (id));
                INSERT INTO account.accounts (id) VALUES (1);
                """;
        assertThat(MigrationScriptRules.violations("shop", script))
                .contains("touches 'account.accounts', which is not in schema 'shop'")
                .hasSize(2);
    }

    @Test
    void catchesUnqualifiedTablesAndStoredProcedures() {
        var script = """
                CREATE TABLE orders (id INT);
                CREATE PROCEDURE shop.recalculate AS SELECT 1;
                """;
        assertThat(MigrationScriptRules.violations("shop", script))
                .contains(
                        "touches 'orders', which is not in schema 'shop'",
                        "creates a procedure (no stored logic in the database)");
    }

    @Test
    void acceptsAScriptThatStaysInItsSchema() {
        var script = """
                CREATE SCHEMA shop;
                CREATE TABLE shop.shops (id INT);
                CREATE INDEX ix ON shop.shops (id); -- a comment naming account.accounts
                """;
        assertThat(MigrationScriptRules.violations("shop", script)).isEmpty();
    }
}
