package baedal.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks one Flyway script of module m: every table (and schema) it names lives in schema m, and it creates no
 * stored procedure, function or trigger. Scripts of {@code __root} hold platform tables and stay unqualified.
 */
final class MigrationScriptRules {

    static final String ROOT = "__root";
    /** Modules whose schema cannot carry the module's name because it is a reserved word in SQL. */
    static final Map<String, String> SCHEMA_OF = Map.of("order", "ordering");

    private static final Pattern COMMENTS = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "\\b(?:TABLE(?:\\s+IF\\s+(?:NOT\\s+)?EXISTS)?|INTO|UPDATE|FROM|JOIN|REFERENCES|ON|TRUNCATE\\s+TABLE)\\s+([\\w\\[\\]\".]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEMA = Pattern.compile("\\bSCHEMA\\s+([\\w\\[\\]\"]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUTINE = Pattern.compile(
            "\\b(?:CREATE|ALTER)\\s+(?:OR\\s+ALTER\\s+)?(PROC|PROCEDURE|FUNCTION|TRIGGER)\\b",
            Pattern.CASE_INSENSITIVE);

    private MigrationScriptRules() {}

    static List<String> violations(String module, String script) {
        var schemaName = SCHEMA_OF.getOrDefault(module, module);
        var sql = COMMENTS.matcher(script).replaceAll(" ");
        var violations = new ArrayList<String>();
        var routine = ROUTINE.matcher(sql);
        while (routine.find()) {
            violations.add(
                    "creates a " + routine.group(1).toLowerCase(Locale.ROOT) + " (no stored logic in the database)");
        }
        var schema = SCHEMA.matcher(sql);
        while (schema.find()) {
            var name = unquote(schema.group(1));
            if (module.equals(ROOT) || !name.equalsIgnoreCase(schemaName)) {
                violations.add("names schema '" + name + "'");
            }
        }
        var table = TABLE_REFERENCE.matcher(sql);
        while (table.find()) {
            var name = unquote(table.group(1));
            var dot = name.indexOf('.');
            if (module.equals(ROOT)) {
                if (dot >= 0) {
                    violations.add("platform script names module table '" + name + "'");
                }
            } else if (dot < 0 || !name.substring(0, dot).equalsIgnoreCase(schemaName)) {
                violations.add("touches '" + name + "', which is not in schema '" + schemaName + "'");
            }
        }
        return violations;
    }

    private static String unquote(String identifier) {
        return identifier.replaceAll("[\\[\\]\"]", "");
    }
}
