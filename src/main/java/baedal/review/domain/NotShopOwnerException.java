package baedal.review.domain;

/** Only the owner of the reviewed shop may answer a review. */
public class NotShopOwnerException extends RuntimeException {

    public NotShopOwnerException(String message) {
        super(message);
    }
}
