package baedal.review.adapter.in.web;

import baedal.platform.web.ProblemMapping;
import baedal.review.domain.AlreadyAnsweredException;
import baedal.review.domain.AlreadyReviewedException;
import baedal.review.domain.NotShopOwnerException;
import baedal.review.domain.NotYourOrderException;
import baedal.review.domain.NotYourReviewException;
import baedal.review.domain.OrderNotDeliveredException;
import baedal.review.domain.ReviewDeletedException;
import baedal.review.domain.ReviewNotFoundException;
import baedal.review.domain.ReviewWindowClosedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the review module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class ReviewProblems {

    @Bean
    ProblemMapping reviewProblemMapping() {
        return ProblemMapping.of()
                .notFound(OrderNotDeliveredException.class)
                .notFound(ReviewNotFoundException.class)
                .conflict(AlreadyReviewedException.class)
                .conflict(ReviewWindowClosedException.class)
                .conflict(AlreadyAnsweredException.class)
                .conflict(ReviewDeletedException.class)
                .forbidden(NotShopOwnerException.class)
                .forbidden(NotYourOrderException.class)
                .forbidden(NotYourReviewException.class);
    }
}
