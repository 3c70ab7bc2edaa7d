package baedal.review.domain;

/** The order was delivered too long ago to be reviewed. */
public class ReviewWindowClosedException extends RuntimeException {

    public ReviewWindowClosedException(String message) {
        super(message);
    }
}
