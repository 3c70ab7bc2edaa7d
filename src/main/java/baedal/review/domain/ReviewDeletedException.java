package baedal.review.domain;

/** The review was deleted. */
public class ReviewDeletedException extends RuntimeException {

    public ReviewDeletedException(String message) {
        super(message);
    }
}
