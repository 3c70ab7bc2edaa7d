package baedal.payment.adapter.out.order;

import baedal.payment.domain.OrderAmounts;
import baedal.platform.web.ServiceClients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Replaces the in-process adapter of the order module's query port when {@code baedal.payment.orders.mode=http}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "baedal.payment.orders.mode", havingValue = "http")
@EnableConfigurationProperties(OrderServiceSettings.class)
class OrderHttpConfiguration {

    @Bean
    OrderAmounts orderAmountsHttpAdapter(ServiceClients clients, OrderServiceSettings settings) {
        return new OrderAmountsHttpAdapter(
                clients.to(settings.url(), settings.connectTimeout(), settings.readTimeout()));
    }
}
