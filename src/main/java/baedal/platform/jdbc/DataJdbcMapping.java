package baedal.platform.jdbc;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.kernel.Money;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmolecules.ddd.types.Entity;
import org.jmolecules.ddd.types.Identifier;
import org.jmolecules.ddd.types.ValueObject;
import org.jmolecules.spring.IdentifierToPrimitivesConverter;
import org.jmolecules.spring.PrimitivesToIdentifierConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.BasicJdbcPersistentProperty;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.AfterDeleteCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;

/**
 * Spring Data JDBC maps baedal's aggregates by convention, with nothing about storage in the domain (ADR 28): the
 * identity is the field {@code id} of a jMolecules {@link Identifier} type (stored as its single value), the version is
 * a {@code long version} (optimistic locking; 0 means new), what {@link EventRecordingAggregateRoot} keeps and
 * fields declared {@code transient} are not stored, {@link Money} is its amount in won (and a module's values what its
 * {@link ColumnConverters} make them), other value objects are stored
 * in their aggregate's row, and each aggregate's table is what its module's adapter declares
 * ({@link StoredIn}), schema included. The events an aggregate recorded are published once Spring Data has stored or
 * deleted it, in the transaction that did so.
 */
@Configuration(proxyBeanMethods = false)
class DataJdbcMapping extends AbstractJdbcConfiguration {

    private final ObjectProvider<ColumnConverters> modulesConverters;

    DataJdbcMapping(ObjectProvider<ColumnConverters> modulesConverters) {
        this.modulesConverters = modulesConverters;
    }

    @Override
    protected List<?> userConverters() {
        var conversions = DefaultConversionService.getSharedInstance();
        var converters = new ArrayList<Object>(List.of(
                new IdentifierToPrimitivesConverter(() -> conversions),
                new PrimitivesToIdentifierConverter(() -> conversions),
                new MoneyToWon(),
                new WonToMoney()));
        modulesConverters.forEach(declared -> converters.addAll(declared.converters()));
        return converters;
    }

    @Override
    public JdbcMappingContext jdbcMappingContext(
            Optional<NamingStrategy> namingStrategy,
            JdbcCustomConversions customConversions,
            RelationalManagedTypes jdbcManagedTypes) {
        var context = new ConventionalMappingContext(namingStrategy.orElseThrow());
        // schema-qualified table names ("ad.contracts") are written as they are, as the hand-written SQL does
        context.setForceQuote(false);
        context.setSimpleTypeHolder(customConversions.getSimpleTypeHolder());
        context.setManagedTypes(jdbcManagedTypes);
        return context;
    }

    @Bean
    NamingStrategy tablesDeclaredByTheAdapters(ObjectProvider<StoredIn> declared) {
        Map<Class<?>, StoredIn> tables =
                declared.stream().collect(Collectors.toMap(StoredIn::aggregate, Function.identity()));
        return new NamingStrategy() {
            @Override
            public String getTableName(Class<?> type) {
                return storedIn(type).map(StoredIn::table).orElseGet(() -> NamingStrategy.super.getTableName(type));
            }

            @Override
            public String getColumnName(RelationalPersistentProperty property) {
                return storedIn(property.getOwner().getType())
                        .map(stored -> stored.columns().get(property.getName()))
                        .orElseGet(() -> NamingStrategy.super.getColumnName(property));
            }

            /** An entity's table must be declared; other types (the rows a query projects) only name columns. */
            private Optional<StoredIn> storedIn(Class<?> type) {
                var stored = tables.get(type);
                if ((stored == null || stored.table() == null) && Entity.class.isAssignableFrom(type)) {
                    throw new IllegalStateException(
                            type.getName() + " is stored by Spring Data JDBC without a StoredIn declaring its table");
                }
                return Optional.ofNullable(stored);
            }
        };
    }

    @Bean
    AfterSaveCallback<EventRecordingAggregateRoot<?, ?>> recordedEventsPublishedOnSave(
            ApplicationEventPublisher events) {
        return aggregate -> {
            aggregate.releaseEvents().forEach(events::publishEvent);
            return aggregate;
        };
    }

    @Bean
    AfterDeleteCallback<EventRecordingAggregateRoot<?, ?>> recordedEventsPublishedOnDelete(
            ApplicationEventPublisher events) {
        return aggregate -> {
            if (aggregate != null) { // null when deleted by id: nothing recorded to publish
                aggregate.releaseEvents().forEach(events::publishEvent);
            }
            return aggregate;
        };
    }

    /** Identity, version and what is not stored, told by convention instead of annotations in the domain. */
    private static final class ConventionalMappingContext extends JdbcMappingContext {

        private static final Embedded IN_ROW = MergedAnnotation.of(
                        Embedded.class, Map.of("onEmpty", Embedded.OnEmpty.USE_EMPTY, "prefix", ""))
                .synthesize();

        ConventionalMappingContext(NamingStrategy naming) {
            super(naming);
        }

        @Override
        protected RelationalPersistentProperty createPersistentProperty(
                Property property, RelationalPersistentEntity<?> owner, SimpleTypeHolder types) {
            var created = new BasicJdbcPersistentProperty(property, owner, types, getNamingStrategy()) {

                @Override
                public boolean isIdProperty() {
                    return getName().equals("id") && Identifier.class.isAssignableFrom(getType())
                            || super.isIdProperty();
                }

                @Override
                public boolean isVersionProperty() {
                    return getName().equals("version") && getType() == long.class || super.isVersionProperty();
                }

                /**
                 * A value object (not one stored as a single column, such as Money) lives in its aggregate's row,
                 * its columns unprefixed and it never absent, as if annotated {@code @Embedded.Empty}.
                 */
                private boolean inRow() {
                    return ValueObject.class.isAssignableFrom(getType()) && !types.isSimpleType(getType());
                }

                @Override
                public <A extends Annotation> @Nullable A findAnnotation(Class<A> annotation) {
                    return annotation == Embedded.class && inRow()
                            ? annotation.cast(IN_ROW)
                            : super.findAnnotation(annotation);
                }

                @Override
                public boolean isAnnotationPresent(Class<? extends Annotation> annotation) {
                    return annotation == Embedded.class && inRow() || super.isAnnotationPresent(annotation);
                }

                @Override
                public boolean isEmbedded() {
                    return inRow() || super.isEmbedded();
                }

                @Override
                public @Nullable String getEmbeddedPrefix() {
                    return inRow() ? "" : super.getEmbeddedPrefix();
                }

                @Override
                public boolean shouldCreateEmptyEmbedded() {
                    return inRow() || super.shouldCreateEmptyEmbedded();
                }

                @Override
                public boolean isTransient() {
                    return property.getField()
                                    .filter(field -> field.getDeclaringClass() == EventRecordingAggregateRoot.class
                                            || Modifier.isTransient(field.getModifiers()))
                                    .isPresent()
                            || super.isTransient();
                }
            };
            applyDefaults(created);
            if (created.isVersionProperty()
                    && property.getField()
                            .filter(field -> Modifier.isFinal(field.getModifiers()))
                            .isPresent()) {
                // Spring Data would store a copy with the new version, and the saved aggregate (with what it keeps
                // apart from its state, such as refunds not yet recorded) would be left with the old one
                throw new IllegalStateException(
                        owner.getType().getName() + ".version must not be final to be advanced on save");
            }
            return created;
        }
    }

    @WritingConverter
    private static final class MoneyToWon implements Converter<Money, Long> {
        @Override
        public Long convert(Money money) {
            return money.won();
        }
    }

    @ReadingConverter
    private static final class WonToMoney implements Converter<Long, Money> {
        @Override
        public Money convert(Long won) {
            return Money.won(won);
        }
    }
}
