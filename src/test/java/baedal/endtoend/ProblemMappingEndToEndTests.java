package baedal.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.platform.web.ProblemMapping;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every exception a module raises on purpose reads as a problem detail with its own status: its web adapter maps it,
 * or it is one that never reaches a request (listed here with the reason). An exception added without either would
 * answer 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ProblemMappingEndToEndTests {

    /** Raised only where no request waits: in event listeners and scheduled work, which retry. */
    static final Map<String, String> NEVER_IN_A_REQUEST = Map.of(
            "baedal.display.application.SourceBehindException",
            "the projection retries a stale source read",
            "baedal.settlement.domain.PayoutFailedException",
            "payouts run in the SettlementClosed listener and the retry timer",
            "baedal.payment.application.ChargeInFlightException",
            "the charging listener retries",
            "baedal.payment.domain.GatewayUnavailableException",
            "charges and refunds run in listeners",
            "baedal.payment.domain.PaymentDeclinedException",
            "charges run in the OrderPlaced listener",
            "baedal.payment.adapter.out.gateway.HttpPaymentGatewayClient$TransientFailure",
            "retried inside the gateway client");

    @Autowired
    List<ProblemMapping> mappings;

    @Test
    void everyExceptionOfTheModulesIsMappedByItsWebAdapterOrNeverMeetsARequest() {
        var exceptions = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("baedal").stream()
                        .filter(type -> type.isAssignableTo(RuntimeException.class))
                        .filter(type -> !type.getPackageName().startsWith("baedal.platform"))
                        .map(JavaClass::reflect)
                        .toList();
        assertThat(exceptions).hasSizeGreaterThan(30);

        var unanswered = exceptions.stream()
                .filter(type -> mappings.stream().noneMatch(mapping -> mapping.maps(type)))
                .map(Class::getName)
                .toList();
        assertThat(unanswered).containsExactlyInAnyOrderElementsOf(NEVER_IN_A_REQUEST.keySet());
    }
}
