package baedal.platform.jdbc;

import java.util.List;

/**
 * Converters a module's persistence adapter adds to Spring Data JDBC's mapping (annotated {@code @WritingConverter} or
 * {@code @ReadingConverter}): how one of its domain's values is stored in one column. Declared as a bean by the
 * adapter, so that the domain carries no mapping.
 */
public record ColumnConverters(List<?> converters) {

    public ColumnConverters {
        converters = List.copyOf(converters);
    }
}
