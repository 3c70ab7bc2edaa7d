package baedal.legacy.adapter.out.legacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LegacyProperties.class)
@ConditionalOnBooleanProperty("baedal.legacy.enabled")
class LegacyConfiguration {}
