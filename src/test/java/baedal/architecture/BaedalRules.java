package baedal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.Set;
import java.util.regex.Pattern;
import org.jmolecules.event.annotation.Externalized;

/**
 * baedal's own architecture rules, each parameterised by the base package so that the canary tests can run
 * them against deliberately broken fixtures. Spring Modulith and jMolecules check the rest.
 */
final class BaedalRules {

    /** The kernel and the platform: every module may use them, they are not bounded contexts. */
    static final String[] SHARED_MODULES = {"kernel", "platform"};

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of(
            "Paid",
            "Sent",
            "Sold",
            "Built",
            "Held",
            "Made",
            "Taken",
            "Given",
            "Written",
            "Begun",
            "Done",
            "Set",
            "Put",
            "Cut",
            "Kept",
            "Left",
            "Lost",
            "Won",
            "Spent",
            "Bought",
            "Run",
            "Read",
            "Withdrawn",
            "Shown");
    private static final Pattern LAST_WORD = Pattern.compile("([A-Z][a-z0-9]*)$");
    private static final Pattern PHRASAL_PARTICLE = Pattern.compile("(Up|Down|Out|Off|In|Over|Back)$");

    private BaedalRules() {}

    /** Domain models (and the events they record) know nothing of Spring, JDBC, Jackson or the web. */
    static ArchRule domainIsFrameworkFree(String base) {
        return noClasses()
                .that()
                .resideInAnyPackage(base + "..domain..", base + ".*.events..", base + ".kernel..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta..",
                        "tools.jackson..",
                        "com.fasterxml..",
                        "org.hibernate..")
                .as("domain code depends on no Spring, JDBC, Jackson or web type");
    }

    /** The types in the modules' {@code events} packages. */
    private static GivenClassesConjunction publishedEvents(String base) {
        return classes()
                .that()
                .resideInAPackage(base + ".*.events..")
                .and()
                .areTopLevelClasses()
                .and()
                .resideOutsideOfPackages(java.util.Arrays.stream(SHARED_MODULES)
                        .map(module -> base + "." + module + "..")
                        .toArray(String[]::new))
                .and()
                .doNotHaveSimpleName("package-info");
    }

    /** Published events are records, named in the past tense, implementing the event contract and naming their aggregate. */
    static ArchRule eventsArePastTenseRecordsCarryingTheAggregateId(String base, Class<?> eventContract) {
        return publishedEvents(base)
                .should(new ArchCondition<>("be records named in the past tense carrying the aggregate id") {
                    @Override
                    public void check(JavaClass event, ConditionEvents events) {
                        if (!event.isRecord()) {
                            events.add(SimpleConditionEvent.violated(event, event.getName() + " is not a record"));
                        }
                        if (!event.isAssignableTo(eventContract)) {
                            events.add(SimpleConditionEvent.violated(
                                    event, event.getName() + " does not implement " + eventContract.getSimpleName()));
                        }
                        if (!isPastTense(event.getSimpleName())) {
                            events.add(SimpleConditionEvent.violated(
                                    event, event.getName() + " is not named in the past tense"));
                        }
                        var carriesId = event.getFields().stream()
                                .map(field -> field.getName())
                                .anyMatch(name -> name.endsWith("Id") && !name.equals("eventId"));
                        if (!carriesId) {
                            events.add(
                                    SimpleConditionEvent.violated(event, event.getName() + " carries no aggregate id"));
                        }
                    }
                })
                .as("published events are past-tense records carrying the aggregate id");
    }

    /**
     * Every published event can leave the process: jMolecules' {@code @Externalized} sends it to its module's topic,
     * keyed by one of its ids (the aggregate's), so a module in another deployment sees every fact in order per
     * aggregate.
     */
    static ArchRule eventsAreExternalizedToTheirModulesTopicByAggregate(String base) {
        return publishedEvents(base)
                .should(new ArchCondition<>("be externalised to their module's topic, keyed by an id") {
                    @Override
                    public void check(JavaClass event, ConditionEvents events) {
                        if (!event.isAnnotatedWith(Externalized.class)) {
                            events.add(SimpleConditionEvent.violated(event, event.getName() + " is not @Externalized"));
                            return;
                        }
                        var target =
                                event.getAnnotationOfType(Externalized.class).value();
                        var module = module(base, event.getPackageName());
                        var key = Pattern.compile("^" + module + "::#\\{(\\w+Id)\\(\\)}$")
                                .matcher(target);
                        if (!key.matches()
                                || key.group(1).equals("eventId")
                                || event.getFields().stream()
                                        .noneMatch(field -> field.getName().equals(key.group(1)))) {
                            events.add(SimpleConditionEvent.violated(
                                    event,
                                    event.getName() + " goes to \"" + target + "\", not to topic " + module
                                            + " keyed by one of its ids"));
                        }
                    }
                });
    }

    /**
     * SQL is written in one kind of place: a module's outbound adapters (its persistence adapter, or an adapter to an
     * outside database), and the platform; domain, application and inbound adapters never reach JDBC or Spring Data.
     */
    static ArchRule sqlOnlyInOutboundAdapters(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..")
                .and()
                .resideOutsideOfPackages("..adapter.out..", base + ".platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.jdbc..", "org.springframework.data..", "java.sql..", "javax.sql..")
                .as("SQL only in outbound adapters and the platform");
    }

    /** Driving adapters (web, listeners, seeders) go through application ports, never straight to a repository. */
    static ArchRule repositoriesAreNotUsedByPrimaryAdapters(String base) {
        return noClasses()
                .that()
                .resideInAPackage(base + "..adapter.in..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.jmolecules.ddd.types.Repository.class)
                .as("only a module's application services and persistence adapter touch its repositories");
    }

    static boolean isPastTense(String name) {
        var particle = PHRASAL_PARTICLE.matcher(name);
        if (particle.find() && particle.start() > 0) {
            return isPastTense(name.substring(0, particle.start()));
        }
        var matcher = LAST_WORD.matcher(name);
        if (!matcher.find()) {
            return false;
        }
        var word = matcher.group(1);
        return word.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(word);
    }

    private static String module(String base, String packageName) {
        if (!packageName.startsWith(base + ".")) {
            return null;
        }
        return packageName.substring(base.length() + 1).split("\\.")[0];
    }
}
