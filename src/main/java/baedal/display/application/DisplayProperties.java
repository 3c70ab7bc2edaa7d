package baedal.display.application;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Display settings.
 *
 * @param zone the time zone shops' opening hours are in
 */
@ConfigurationProperties("baedal.display")
public record DisplayProperties(ZoneId zone) {

    public DisplayProperties {
        zone = zone == null ? ZoneId.of("Asia/Seoul") : zone;
    }
}
