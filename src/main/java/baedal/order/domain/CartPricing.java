package baedal.order.domain;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.order.domain.ShopOffer.MenuOffer;
import baedal.order.domain.ShopOffer.OptionGroupOffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
            throw refused(menu, null, "'" + menu.name() + "' is sold out");
        }
        if (item.quantity() < 1 || item.quantity() > OrderLine.MAX_QUANTITY) {
            throw refused(menu, null, "quantity must be between 1 and " + OrderLine.MAX_QUANTITY);
        }
        var chosen = chosenByGroup(menu, item);
        var options = new ArrayList<OrderLine.ChosenOption>();
        for (var group : menu.groups()) {
            var names = chosen.getOrDefault(group.name(), Set.of());
            if (names.size() < group.minChoices() || names.size() > group.maxChoices()) {
                throw refused(
                        menu,
                        group.name(),
                        "'%s' of '%s': choose %s (%d chosen)"
                                .formatted(group.name(), menu.name(), rule(group), names.size()));
            }
            for (var option : group.options()) {
                if (!names.contains(option.name())) {
                    continue;
                }
                if (option.soldOut()) {
                    throw refused(
                            menu,
                            group.name(),
                            "'%s' in '%s' of '%s' is sold out".formatted(option.name(), group.name(), menu.name()));
                }
                options.add(new OrderLine.ChosenOption(group.name(), option.name(), option.price()));
            }
        }
        return new OrderLine(menu.menuId(), menu.name(), menu.price(), item.quantity(), options);
    }

    /** The option names chosen per group: named with their group, or by name alone when only one group has it. */
    private static Map<String, Set<String>> chosenByGroup(MenuOffer menu, CartItem item) {
        var chosen = new HashMap<String, Set<String>>();
        for (var choice : item.choices()) {
            var group = menu.group(choice.group())
                    .orElseThrow(() -> refused(
                            menu,
                            choice.group(),
                            "'%s' has no option group '%s'".formatted(menu.name(), choice.group())));
            if (chosen.containsKey(group.name())) {
                throw refused(menu, group.name(), "option group '%s' is named twice".formatted(group.name()));
            }
            var names = new HashSet<String>();
            chosen.put(group.name(), names);
            for (var name : choice.options()) {
                if (group.option(name).isEmpty()) {
                    throw refused(
                            menu,
                            group.name(),
                            "'%s' of '%s' has no option '%s'".formatted(group.name(), menu.name(), name));
                }
                if (!names.add(name)) {
                    throw refused(menu, group.name(), "'%s' is chosen twice in '%s'".formatted(name, group.name()));
                }
            }
        }
        for (var name : item.optionNames()) {
            var groups = menu.groupsWith(name);
            if (groups.isEmpty()) {
                throw refused(menu, null, "'" + menu.name() + "' has no option '" + name + "'");
            }
            if (groups.size() > 1) {
                throw refused(
                        menu,
                        null,
                        "'%s' of '%s' is in more than one option group; name its group in choices"
                                .formatted(name, menu.name()));
            }
            var group = groups.getFirst().name();
            if (!chosen.computeIfAbsent(group, g -> new HashSet<>()).add(name)) {
                throw refused(menu, group, "'%s' is chosen twice in '%s'".formatted(name, group));
            }
        }
        return chosen;
    }

    private static String rule(OptionGroupOffer group) {
        if (group.minChoices() == group.maxChoices()) {
            return "exactly " + group.minChoices();
        }
        if (group.minChoices() == 0) {
            return "at most " + group.maxChoices();
        }
        return "%d to %d".formatted(group.minChoices(), group.maxChoices());
    }

    private static CartRefusedException refused(MenuOffer menu, @Nullable String group, String message) {
        return CartRefusedException.ofMenu(message, menu.menuId(), group);
    }
}
