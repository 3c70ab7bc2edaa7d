package baedal.display.query;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Display settings.
 *
 * @param zone the time zone shops' opening hours are in
 * @param fastPath serve the public display endpoints straight from a servlet filter, ahead of Spring MVC
 */
@ConfigurationProperties("baedal.display")
public record DisplayProperties(
        ZoneId zone, @DefaultValue("true") boolean fastPath) {

    public DisplayProperties {
        zone = zone == null ? ZoneId.of("Asia/Seoul") : zone;
    }
}
