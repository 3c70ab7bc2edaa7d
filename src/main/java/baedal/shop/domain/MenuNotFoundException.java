package baedal.shop.domain;

/** No menu with that id (in this shop). */
public class MenuNotFoundException extends RuntimeException {

    public MenuNotFoundException(String message) {
        super(message);
    }
}
