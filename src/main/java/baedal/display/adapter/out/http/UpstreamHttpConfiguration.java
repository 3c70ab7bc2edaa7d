package baedal.display.adapter.out.http;

import baedal.display.domain.AdSource;
import baedal.display.domain.RatingSource;
import baedal.display.domain.ShopSource;
import baedal.platform.web.ServiceClients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** Replaces the in-process sources when {@code baedal.display.upstream.mode=http}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "baedal.display.upstream.mode", havingValue = "http")
@EnableConfigurationProperties(UpstreamSettings.class)
class UpstreamHttpConfiguration {

    @Bean
    RestClient displayUpstream(ServiceClients clients, UpstreamSettings settings) {
        return clients.to(settings.url(), settings.connectTimeout(), settings.readTimeout());
    }

    @Bean
    ShopSource shopHttpAdapter(RestClient displayUpstream) {
        return new ShopHttpAdapter(displayUpstream);
    }

    @Bean
    RatingSource ratingHttpAdapter(RestClient displayUpstream) {
        return new RatingHttpAdapter(displayUpstream);
    }

    @Bean
    AdSource adHttpAdapter(RestClient displayUpstream) {
        return new AdHttpAdapter(displayUpstream);
    }
}
