package baedal.shop.adapter.in.web;

import baedal.platform.web.ProblemMapping;
import baedal.shop.domain.MenuNotFoundException;
import baedal.shop.domain.NotYourShopException;
import baedal.shop.domain.ShopClosedDownException;
import baedal.shop.domain.ShopNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the shop module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class ShopProblems {

    @Bean
    ProblemMapping shopProblemMapping() {
        return ProblemMapping.of()
                .notFound(ShopNotFoundException.class)
                .notFound(MenuNotFoundException.class)
                .forbidden(NotYourShopException.class)
                .conflict(ShopClosedDownException.class);
    }
}
