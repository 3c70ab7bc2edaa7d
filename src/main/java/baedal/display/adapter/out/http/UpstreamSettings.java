package baedal.display.adapter.out.http;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a display running on its own finds the modules it reads from.
 *
 * @param url base URL of the deployment serving shop, review and ad's internal query endpoints
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("baedal.display.upstream")
record UpstreamSettings(URI url, Duration connectTimeout, Duration readTimeout) {

    UpstreamSettings {
        if (url == null) {
            throw new IllegalStateException("baedal.display.upstream.url must be set when the upstream mode is http");
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
    }
}
