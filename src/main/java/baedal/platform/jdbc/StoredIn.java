package baedal.platform.jdbc;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a module's persistence adapter stores an aggregate that Spring Data JDBC maps: its table, qualified by the
 * module's schema ({@code ad.contracts}), and the columns whose names are not the field's name in snake case. A value
 * stored in its aggregate's row (a jMolecules value object) declares only its columns ({@link #columnsOf}). Declared as
 * a bean by the adapter, so that the domain carries no mapping.
 */
public record StoredIn(Class<?> aggregate, @Nullable String table, Map<String, String> columns) {

    public StoredIn {
        if (table != null && !table.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("a table qualified by its schema, such as ad.contracts: " + table);
        }
        columns = Map.copyOf(columns);
    }

    public StoredIn(Class<?> aggregate, String table) {
        this(aggregate, table, Map.of());
    }

    /** The columns of a value stored in its aggregate's row, by field. */
    public static StoredIn columnsOf(Class<?> value, Map<String, String> columns) {
        return new StoredIn(value, null, columns);
    }

    /** The same table, the field {@code field} stored in column {@code column}. */
    public StoredIn withColumn(String field, String column) {
        var renamed = new HashMap<>(columns);
        renamed.put(field, column);
        return new StoredIn(aggregate, table, renamed);
    }
}
