package baedal.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.kernel.IdentifiedEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Runs every architecture rule against baedal, and against a deliberately broken fixture under
 * {@code fixture.architecture} to show that the rule bites.
 */
class ArchitectureRulesTests {

    static final String BASE = "baedal";
    static final JavaClasses BAEDAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("fixture.architecture." + name);
    }

    static void holds(ArchRule rule) {
        assertThatCode(() -> rule.check(BAEDAL)).doesNotThrowAnyException();
    }

    static void bites(ArchRule rule, JavaClasses brokenFixture, String expectedInMessage) {
        assertThatThrownBy(() -> rule.check(brokenFixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(expectedInMessage);
    }

    @Nested
    class DomainIsFrameworkFree {

        @Test
        void holdsForBaedal() {
            holds(BaedalRules.domainIsFrameworkFree(BASE));
        }

        @Test
        void catchesADomainClassUsingSpring() {
            bites(
                    BaedalRules.domainIsFrameworkFree("fixture.architecture.leakydomain"),
                    fixture("leakydomain"),
                    "SpringAwareOrder");
        }
    }

    @Nested
    class EventsArePastTenseRecordsCarryingTheAggregateId {

        @Test
        void holdsForBaedal() {
            holds(BaedalRules.eventsArePastTenseRecordsCarryingTheAggregateId(BASE, IdentifiedEvent.class));
        }

        @Test
        void catchesAPresentTenseClassWithoutId() {
            var rule = BaedalRules.eventsArePastTenseRecordsCarryingTheAggregateId(
                    "fixture.architecture.badevents", IdentifiedEvent.class);
            bites(rule, fixture("badevents"), "is not a record");
            bites(rule, fixture("badevents"), "is not named in the past tense");
            bites(rule, fixture("badevents"), "carries no aggregate id");
        }
    }

    @Nested
    class EventsAreExternalizedToTheirModulesTopicByAggregate {

        @Test
        void holdsForBaedal() {
            holds(BaedalRules.eventsAreExternalizedToTheirModulesTopicByAggregate(BASE));
        }

        @Test
        void catchesAnEventThatStaysHomeAndOneSentToAnotherModulesTopic() {
            var rule = BaedalRules.eventsAreExternalizedToTheirModulesTopicByAggregate(
                    "fixture.architecture.unexternalized");
            bites(rule, fixture("unexternalized"), "ShopRenamed is not @Externalized");
            bites(rule, fixture("unexternalized"), "ShopMoved goes to \"order\"");
        }
    }

    @Nested
    class RepositoriesStayBehindTheApplication {

        @Test
        void holdsForBaedal() {
            holds(BaedalRules.sqlOnlyInOutboundAdapters(BASE));
            holds(BaedalRules.repositoriesAreNotUsedByPrimaryAdapters(BASE));
        }

        @Test
        void catchesAControllerUsingARepositoryAndSqlOutsideTheAdapters() {
            bites(
                    BaedalRules.repositoriesAreNotUsedByPrimaryAdapters("fixture.architecture.repositories"),
                    fixture("repositories"),
                    "ShortcutController");
            bites(
                    BaedalRules.sqlOnlyInOutboundAdapters("fixture.architecture.repositories"),
                    fixture("repositories"),
                    "StraySql");
        }
    }

    @Nested
    class JMoleculesDdd {

        @Test
        void holdsForBaedal() {
            holds(JMoleculesDddRules.all());
        }

        @Test
        void catchesAnAggregateHoldingAnotherAggregate() {
            bites(JMoleculesDddRules.all(), fixture("ddd"), "Basket");
        }
    }

    @Nested
    class JMoleculesHexagonal {

        @Test
        void holdsForBaedal() {
            holds(JMoleculesArchitectureRules.ensureHexagonal());
        }

        @Test
        void catchesAPortDependingOnAnAdapter() {
            bites(JMoleculesArchitectureRules.ensureHexagonal(), fixture("hexagonal"), "Warehouse");
        }
    }
}
