package baedal.order.domain;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import java.util.HashSet;
import java.util.List;

/** Checks a cart against what the shop offers now and prices it line by line. */
public final class CartPricing {

    public static final int MAX_ITEMS = 50;

    private CartPricing() {}

    public static List<OrderLine> price(ShopOffer shop, List<CartItem> cart, GeoPoint deliverTo) {
        if (cart.isEmpty() || cart.size() > MAX_ITEMS) {
            throw new CartRefusedException("an order has 1 to " + MAX_ITEMS + " items");
        }
        if (!shop.openNow()) {
            throw new CartRefusedException("the shop is not taking orders right now");
        }
        if (!shop.deliversTo(deliverTo)) {
            throw new CartRefusedException("the delivery address is outside the shop's delivery area");
        }
        var lines = cart.stream().map(item -> line(shop, item)).toList();
        var subtotal = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        if (subtotal.isLessThan(shop.minOrderAmount())) {
            throw new CartRefusedException("the minimum order is %d KRW; this cart comes to %d KRW"
                    .formatted(shop.minOrderAmount().won(), subtotal.won()));
        }
        return lines;
    }

    private static OrderLine line(ShopOffer shop, CartItem item) {
        var menu = shop.menu(item.menuId())
                .orElseThrow(() -> new CartRefusedException("menu " + item.menuId() + " is not on this shop's menu"));
        if (menu.soldOut()) {
            throw new CartRefusedException("'" + menu.name() + "' is sold out");
        }
        if (new HashSet<>(item.optionNames()).size() != item.optionNames().size()) {
            throw new CartRefusedException("an option of '" + menu.name() + "' is chosen twice");
        }
        var options = item.optionNames().stream()
                .map(name -> menu.option(name)
                        .orElseThrow(
                                () -> new CartRefusedException("'" + menu.name() + "' has no option '" + name + "'")))
                .toList();
        if (item.quantity() < 1 || item.quantity() > OrderLine.MAX_QUANTITY) {
            throw new CartRefusedException("quantity must be between 1 and " + OrderLine.MAX_QUANTITY);
        }
        return new OrderLine(menu.menuId(), menu.name(), menu.price(), item.quantity(), options);
    }
}
