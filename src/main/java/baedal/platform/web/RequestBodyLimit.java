package baedal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body at {@code baedal.web.max-request-body} (1 MiB unless set): a declared length above it is
 * answered {@code 413} before anything reads the body, and a body sent without one stops being read at the cap, which
 * the problem details advice answers {@code 413} as well. No endpoint takes more than a page of JSON or a settlement
 * file, so nothing larger needs to be buffered, parsed or held in memory.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    private final long max;

    RequestBodyLimit(long max) {
        this.max = max;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > max) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request, max) : request, response);
    }

    /** Raised when a body sent without a length grows beyond the cap. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long max) {
            super("The request body is larger than the " + max + " bytes allowed.");
        }
    }

    private static final class Capped extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream in;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new CappedStream(super.getInputStream(), max);
            }
            return in;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        CappedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
