package baedal.display.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32C;

/**
 * A response body ready to be written: JSON bytes as one or more slices of shared arrays (so a pre-rendered
 * document can have one value spliced in without a copy) and a strong ETag derived from the content.
 */
public record RenderedPage(Slice[] slices, int length, String etag) {

    /** {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public record Slice(byte[] bytes, int offset, int length) {}

    public static RenderedPage of(byte[] bytes) {
        return of(new Slice(bytes, 0, bytes.length));
    }

    public static RenderedPage of(Slice... slices) {
        var crc = new CRC32C();
        var length = 0;
        for (var slice : slices) {
            crc.update(slice.bytes(), slice.offset(), slice.length());
            length += slice.length();
        }
        return new RenderedPage(slices, length, "\"%08x-%x\"".formatted(crc.getValue(), length));
    }

    /** The body as one array (a copy). */
    public byte[] toBytes() {
        var bytes = new byte[length];
        var at = 0;
        for (var slice : slices) {
            System.arraycopy(slice.bytes(), slice.offset(), bytes, at, slice.length());
            at += slice.length();
        }
        return bytes;
    }

    public void writeTo(OutputStream out) throws IOException {
        for (var slice : slices) {
            out.write(slice.bytes(), slice.offset(), slice.length());
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
