package baedal.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.settlement.domain.GatewayReconciliation.Difference;
import baedal.settlement.domain.GatewayReconciliation.Difference.Kind;
import baedal.settlement.domain.GatewayReconciliation.GatewayLine;
import baedal.settlement.domain.GatewayReconciliation.GatewayLine.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The gateway's settlement file against our captured payments: every kind of difference, with both amounts. */
class GatewayReconciliationTests {

    static final LocalDate DAY = LocalDate.parse("2026-12-04");
    static final UUID SAME = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID SHORT = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID MISSING = UUID.fromString("00000000-0000-0000-0000-000000000003");
    static final UUID REFUNDED = UUID.fromString("00000000-0000-0000-0000-000000000004");
    static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-000000000005");
    static final UUID YESTERDAY = UUID.fromString("00000000-0000-0000-0000-000000000006");

    @Test
    void everyDifferenceIsListedWithWhatWeExpectedAndWhatTheGatewayReported() {
        var ours = List.of(
                new CapturedPayment(SAME, 20_000, 0, DAY),
                new CapturedPayment(SHORT, 31_000, 0, DAY),
                new CapturedPayment(MISSING, 15_000, 0, DAY),
                new CapturedPayment(REFUNDED, 18_000, 18_000, DAY));
        var gateway = List.of(
                new GatewayLine(SAME, Type.CAPTURE, 20_000, DAY),
                new GatewayLine(SHORT, Type.CAPTURE, 30_000, DAY),
                new GatewayLine(REFUNDED, Type.CAPTURE, 18_000, DAY),
                new GatewayLine(REFUNDED, Type.REFUND, 8_000, DAY.plusDays(1)),
                new GatewayLine(STRANGER, Type.CAPTURE, 5_000, DAY),
                new GatewayLine(YESTERDAY, Type.CAPTURE, 9_000, DAY.minusDays(1)));

        var result = GatewayReconciliation.of(DAY, DAY, ours, gateway);

        assertThat(result.balanced()).isFalse();
        assertThat(result.matchedOrders()).isEqualTo(1);
        assertThat(result.differences())
                .containsExactly(
                        new Difference(MISSING, Kind.MISSING_AT_GATEWAY, 15_000, 0),
                        new Difference(STRANGER, Kind.UNKNOWN_TO_US, 0, 5_000),
                        new Difference(SHORT, Kind.CAPTURE_DIFFERS, 31_000, 30_000),
                        new Difference(REFUNDED, Kind.REFUND_DIFFERS, 18_000, 8_000));
        assertThat(result.captured()).isEqualTo(84_000);
        assertThat(result.refunded()).isEqualTo(18_000);
        assertThat(result.gatewayCaptured()).as("captures dated in the period").isEqualTo(73_000);
        assertThat(result.gatewayRefunded()).isEqualTo(8_000);
    }

    @Test
    void matchingSidesBalance() {
        var result = GatewayReconciliation.of(
                DAY,
                DAY,
                List.of(new CapturedPayment(SAME, 20_000, 0, DAY)),
                List.of(new GatewayLine(SAME, Type.CAPTURE, 20_000, DAY)));

        assertThat(result.balanced()).isTrue();
        assertThat(result.matchedOrders()).isEqualTo(1);
    }
}
