package baedal.review.adapter.out.persistence;

import baedal.platform.jdbc.StoredIn;
import baedal.review.domain.Review;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** The review module's Spring Data JDBC repositories (this package only) and where they store their aggregates. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class ReviewPersistence {

    @Bean
    StoredIn reviewsTable() {
        return new StoredIn(Review.class, "review.reviews").withColumn("text", "body");
    }
}
