package baedal.review.domain;

/** The review has been answered already. */
public class AlreadyAnsweredException extends RuntimeException {

    public AlreadyAnsweredException(String message) {
        super(message);
    }
}
