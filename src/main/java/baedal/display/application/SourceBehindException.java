package baedal.display.application;

/** The publisher's query port does not yet show the state an event announced; the event is retried later. */
class SourceBehindException extends RuntimeException {

    SourceBehindException(String message) {
        super(message);
    }
}
