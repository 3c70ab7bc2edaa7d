package baedal.platform.jdbc;

/**
 * Where a module's persistence adapter stores an aggregate that Spring Data JDBC maps: its table, qualified by the
 * module's schema ({@code ad.contracts}). Declared as a bean by the adapter, so that the domain carries no mapping.
 */
public record StoredIn(Class<?> aggregate, String table) {

    public StoredIn {
        if (!table.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("a table qualified by its schema, such as ad.contracts: " + table);
        }
    }
}
