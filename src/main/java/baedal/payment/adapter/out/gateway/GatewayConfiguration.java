package baedal.payment.adapter.out.gateway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the payment gateway adapter: the built-in sandbox (default) or the HTTP client. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    @ConditionalOnProperty(name = "baedal.payment.gateway", havingValue = "sandbox", matchIfMissing = true)
    SandboxPaymentGateway sandboxPaymentGateway(SandboxPaymentGateway.Settings settings) {
        return new SandboxPaymentGateway(settings);
    }

    @Bean
    @ConditionalOnProperty(name = "baedal.payment.gateway", havingValue = "http")
    HttpPaymentGatewayClient httpPaymentGatewayClient(HttpGatewaySettings settings) {
        return new HttpPaymentGatewayClient(settings);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SandboxPaymentGateway.Settings.class, HttpGatewaySettings.class})
    static class Settings {}
}
