package baedal.review.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Writing the review of a delivered order. */
@Configuration(proxyBeanMethods = false)
class ReviewWebPages {

    @Bean
    WebPages reviewPageSet() {
        return WebPages.beside(ReviewWebPages.class, page("/review", "review", "Write a review", Role.CUSTOMER));
    }
}
