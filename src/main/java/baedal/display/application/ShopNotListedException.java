package baedal.display.application;

/** The display does not list a shop with that id. */
public class ShopNotListedException extends RuntimeException {

    public ShopNotListedException(String message) {
        super(message);
    }
}
