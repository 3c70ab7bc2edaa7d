package baedal.review.domain;

/** The order has been reviewed already; an order gets one review. */
public class AlreadyReviewedException extends RuntimeException {

    public AlreadyReviewedException(String message) {
        super(message);
    }
}
