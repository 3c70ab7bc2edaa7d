package baedal.platform.jdbc;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a module's persistence adapter stores an aggregate (or an entity inside one) that Spring Data JDBC maps: its
 * table, qualified by the module's schema ({@code ad.contracts}), and the columns whose names are not the field's name
 * in snake case. Declared as a bean by the adapter, so that the domain carries no mapping.
 */
public record StoredIn(Class<?> aggregate, String table, Map<String, String> columns) {

    public StoredIn {
        if (!table.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("a table qualified by its schema, such as ad.contracts: " + table);
        }
        columns = Map.copyOf(columns);
    }

    public StoredIn(Class<?> aggregate, String table) {
        this(aggregate, table, Map.of());
    }

    /** The same table, the field {@code field} stored in column {@code column}. */
    public StoredIn withColumn(String field, String column) {
        var renamed = new HashMap<>(columns);
        renamed.put(field, column);
        return new StoredIn(aggregate, table, renamed);
    }
}
