package baedal.settlement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payment gateway's settlement file for a period against the payments the payment module reported: per order,
 * captures and refunds on both sides, and every difference listed with both amounts.
 */
public record GatewayReconciliation(
        LocalDate from,
        LocalDate to,
        long captured,
        long refunded,
        long gatewayCaptured,
        long gatewayRefunded,
        int matchedOrders,
        List<Difference> differences) {

    /** One line of the gateway's file. */
    public record GatewayLine(UUID orderId, Type type, long amount, LocalDate date) {

        public enum Type {
            CAPTURE,
            REFUND
        }
    }

    /** Where the two sides part: what we expected and what the gateway reported, in KRW. */
    public record Difference(UUID orderId, Kind kind, long expected, long reported) {

        public enum Kind {
            /** We captured it; the gateway's file does not have it. */
            MISSING_AT_GATEWAY,
            /** The gateway captured it; no payment of ours says so. */
            UNKNOWN_TO_US,
            CAPTURE_DIFFERS,
            REFUND_DIFFERS
        }
    }

    public boolean balanced() {
        return differences.isEmpty();
    }

    /**
     * Compares the gateway's captures dated within the period (and every refund of those orders, whenever made) with
     * our payments captured within it.
     */
    public static GatewayReconciliation of(
            LocalDate from, LocalDate to, List<CapturedPayment> ours, List<GatewayLine> gateway) {
        record Totals(long captured, long refunded) {}
        Map<UUID, Totals> reported = new HashMap<>();
        var capturedInPeriod = new java.util.HashSet<UUID>();
        for (var line : gateway) {
            var sum = reported.getOrDefault(line.orderId(), new Totals(0, 0));
            reported.put(
                    line.orderId(),
                    line.type() == GatewayLine.Type.CAPTURE
                            ? new Totals(sum.captured() + line.amount(), sum.refunded())
                            : new Totals(sum.captured(), sum.refunded() + line.amount()));
            if (line.type() == GatewayLine.Type.CAPTURE
                    && !line.date().isBefore(from)
                    && !line.date().isAfter(to)) {
                capturedInPeriod.add(line.orderId());
            }
        }
        var differences = new ArrayList<Difference>();
        var ourIds = new java.util.HashSet<UUID>();
        long captured = 0;
        long refunded = 0;
        var matched = 0;
        for (var payment : ours) {
            ourIds.add(payment.orderId());
            captured += payment.captured();
            refunded += payment.refunded();
            var theirs = reported.get(payment.orderId());
            if (theirs == null || theirs.captured() == 0) {
                differences.add(
                        new Difference(payment.orderId(), Difference.Kind.MISSING_AT_GATEWAY, payment.captured(), 0));
                continue;
            }
            var same = true;
            if (theirs.captured() != payment.captured()) {
                differences.add(new Difference(
                        payment.orderId(), Difference.Kind.CAPTURE_DIFFERS, payment.captured(), theirs.captured()));
                same = false;
            }
            if (theirs.refunded() != payment.refunded()) {
                differences.add(new Difference(
                        payment.orderId(), Difference.Kind.REFUND_DIFFERS, payment.refunded(), theirs.refunded()));
                same = false;
            }
            if (same) {
                matched++;
            }
        }
        long gatewayCaptured = 0;
        long gatewayRefunded = 0;
        for (var orderId : capturedInPeriod) {
            var theirs = reported.get(orderId);
            gatewayCaptured += theirs.captured();
            gatewayRefunded += theirs.refunded();
            if (!ourIds.contains(orderId)) {
                differences.add(new Difference(orderId, Difference.Kind.UNKNOWN_TO_US, 0, theirs.captured()));
            }
        }
        differences.sort(Comparator.comparing((Difference d) -> d.kind())
                .thenComparing(d -> d.orderId().toString()));
        return new GatewayReconciliation(
                from, to, captured, refunded, gatewayCaptured, gatewayRefunded, matched, List.copyOf(differences));
    }
}
