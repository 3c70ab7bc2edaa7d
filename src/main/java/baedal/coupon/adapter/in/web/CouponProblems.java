package baedal.coupon.adapter.in.web;

import baedal.coupon.application.IssuanceUnavailableException;
import baedal.coupon.domain.AlreadyIssuedException;
import baedal.coupon.domain.CampaignEndedException;
import baedal.coupon.domain.CampaignNotFoundException;
import baedal.coupon.domain.CampaignNotOpenException;
import baedal.coupon.domain.SoldOutException;
import baedal.platform.web.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/** How the coupon module's refusals read over HTTP: the status and title of each. */
@Configuration(proxyBeanMethods = false)
class CouponProblems {

    @Bean
    ProblemMapping couponProblemMapping() {
        return ProblemMapping.of()
                .notFound(CampaignNotFoundException.class)
                .map(SoldOutException.class, HttpStatus.CONFLICT, "Sold out")
                .map(AlreadyIssuedException.class, HttpStatus.CONFLICT, "Already issued")
                .map(CampaignNotOpenException.class, HttpStatus.CONFLICT, "Not open")
                .conflict(CampaignEndedException.class)
                .tryAgain(IssuanceUnavailableException.class);
    }
}
