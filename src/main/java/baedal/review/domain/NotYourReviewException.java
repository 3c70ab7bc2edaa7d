package baedal.review.domain;

/** The review was written by someone else. */
public class NotYourReviewException extends RuntimeException {

    public NotYourReviewException(String message) {
        super(message);
    }
}
