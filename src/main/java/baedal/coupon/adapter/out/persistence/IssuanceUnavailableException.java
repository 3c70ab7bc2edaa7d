package baedal.coupon.adapter.out.persistence;

import baedal.kernel.UnavailableException;

/** The claim could not be decided right now (shutting down, or the database too slow); the client may retry. */
class IssuanceUnavailableException extends UnavailableException {

    IssuanceUnavailableException(String message) {
        super(message);
    }
}
