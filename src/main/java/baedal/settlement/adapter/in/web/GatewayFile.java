package baedal.settlement.adapter.in.web;

import baedal.settlement.domain.GatewayReconciliation.GatewayLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads a payment gateway's settlement file: CSV lines of {@code order_id,type,amount,date} (type CAPTURE or REFUND,
 * amount in KRW, date as yyyy-MM-dd), an optional header line first, blank lines ignored. A line that cannot be read is
 * refused with its number.
 */
final class GatewayFile {

    static final int MAX_LINES = 200_000;

    private GatewayFile() {}

    static List<GatewayLine> parse(String csv) {
        var lines = csv.lines().toList();
        if (lines.size() > MAX_LINES + 1) {
            throw new IllegalArgumentException("a gateway file has at most " + MAX_LINES + " lines");
        }
        var parsed = new ArrayList<GatewayLine>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("order_id"))) {
                continue;
            }
            parsed.add(line(line, i + 1));
        }
        return parsed;
    }

    private static GatewayLine line(String line, int number) {
        var fields = line.split(",", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException(
                    "line %d: expected order_id,type,amount,date but found %d fields".formatted(number, fields.length));
        }
        try {
            var type = GatewayLine.Type.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
            var amount = Long.parseLong(fields[2].strip());
            if (amount < 0) {
                throw new IllegalArgumentException("line %d: an amount is not negative".formatted(number));
            }
            return new GatewayLine(
                    UUID.fromString(fields[0].strip()), type, amount, LocalDate.parse(fields[3].strip()));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            if (unreadable.getMessage() != null && unreadable.getMessage().startsWith("line ")) {
                throw unreadable;
            }
            throw new IllegalArgumentException("line %d: cannot read '%s' (order_id,CAPTURE|REFUND,amount,yyyy-MM-dd)"
                    .formatted(number, line.length() > 120 ? line.substring(0, 120) + "…" : line));
        }
    }
}
