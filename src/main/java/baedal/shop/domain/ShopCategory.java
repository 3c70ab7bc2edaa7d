package baedal.shop.domain;

/** What kind of food a shop sells; the display groups the home screen by it. */
public enum ShopCategory {
    CHICKEN,
    PIZZA,
    KOREAN,
    CHINESE,
    JAPANESE,
    WESTERN,
    SNACK,
    CAFE,
    DESSERT,
    FAST_FOOD
}
