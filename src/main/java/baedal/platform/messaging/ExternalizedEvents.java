package baedal.platform.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmolecules.event.annotation.Externalized;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The event types that leave the process: every type under the base package annotated with jMolecules'
 * {@link Externalized}, by the name they travel under on the wire (their simple name, unique across modules) and
 * the topic they go to (the part of the annotation before {@code ::}).
 */
public final class ExternalizedEvents {

    /** The Kafka header that names an event's type. */
    public static final String TYPE_HEADER = "baedal-event-type";

    /**
     * The Kafka header that names the deployment that sent an event ({@code spring.application.name}): a deployment
     * that reads a topic it also writes to (the module that left and the rest share the topic of the events they send
     * each other) skips what it sent itself.
     */
    public static final String ORIGIN_HEADER = "baedal-origin";

    private final Map<String, Class<?>> byName;

    private ExternalizedEvents(Map<String, Class<?>> byName) {
        this.byName = byName;
    }

    /** Scans {@code basePackage} for externalized event types; fails on two types with one simple name. */
    public static ExternalizedEvents scan(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Externalized.class));
        var types = scanner.findCandidateComponents(basePackage).stream()
                .map(candidate -> ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), ExternalizedEvents.class.getClassLoader()))
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity(), (one, other) -> {
                    throw new IllegalStateException("Two externalized events named " + one.getSimpleName());
                }));
        return new ExternalizedEvents(Map.copyOf(types));
    }

    /** Name under which the type travels. */
    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    public Optional<Class<?>> typeNamed(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every topic an externalized event goes to. */
    public Set<String> topics() {
        return byName.values().stream()
                .map(type -> topicOf(type.getAnnotation(Externalized.class).value()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String topicOf(String target) {
        var separator = target.indexOf("::");
        return separator < 0 ? target : target.substring(0, separator);
    }
}
