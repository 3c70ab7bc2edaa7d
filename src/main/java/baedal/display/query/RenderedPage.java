package baedal.display.query;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32C;

/**
 * A response body ready to be written: JSON bytes in one or more parts (so that a precomputed document can
 * have one value spliced in without copying) and a strong ETag derived from the content.
 */
public record RenderedPage(byte[][] parts, int length, String etag) {

    public static RenderedPage of(byte[]... parts) {
        var crc = new CRC32C();
        var length = 0;
        for (var part : parts) {
            crc.update(part);
            length += part.length;
        }
        return new RenderedPage(parts, length, "\"%08x-%x\"".formatted(crc.getValue(), length));
    }

    public void writeTo(OutputStream out) throws IOException {
        for (var part : parts) {
            out.write(part);
        }
    }

    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
