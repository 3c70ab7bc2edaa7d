package baedal.order.adapter.in.web;

import baedal.order.domain.CartRefusedException;
import baedal.order.domain.IdempotencyKeyReusedException;
import baedal.order.domain.LineCancellationRefusedException;
import baedal.order.domain.NotYourOrderException;
import baedal.order.domain.NotYourShopException;
import baedal.order.domain.OrderNotFoundException;
import baedal.order.domain.OrderStepOutOfOrderException;
import baedal.order.domain.PlacementInProgressException;
import baedal.order.domain.ShopInfoUnavailableException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the order module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class OrderProblems {

    @Bean
    ProblemMapping orderProblemMapping() {
        return ProblemMapping.of()
                .notFound(OrderNotFoundException.class)
                .forbidden(NotYourOrderException.class)
                .forbidden(NotYourShopException.class)
                .conflict(OrderStepOutOfOrderException.class)
                .conflict(PlacementInProgressException.class)
                .unprocessable(IdempotencyKeyReusedException.class)
                .unprocessable(CartRefusedException.class)
                .unprocessable(LineCancellationRefusedException.class)
                .tryAgain(ShopInfoUnavailableException.class);
    }
}
