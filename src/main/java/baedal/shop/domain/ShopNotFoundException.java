package baedal.shop.domain;

/** No shop with that id. */
public class ShopNotFoundException extends RuntimeException {

    public ShopNotFoundException(String message) {
        super(message);
    }
}
