package baedal.order.domain;

import baedal.kernel.ProblemFields;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The cart cannot be ordered as it is: a shop that is not listed or not open, an address outside its area, a cart
 * below the minimum, a menu or option it does not have or has sold out, a choice that breaks an option group's rule,
 * coupons or points that cannot be used. {@link #problemFields()} names the menu and option group refused, if any.
 */
public class CartRefusedException extends RuntimeException implements ProblemFields {

    private final Map<String, Object> fields;

    public CartRefusedException(String message) {
        this(message, Map.of());
    }

    private CartRefusedException(String message, Map<String, Object> fields) {
        super(message);
        this.fields = fields;
    }

    /** A refusal of one menu's line, naming the menu and, where one is at fault, its option group. */
    static CartRefusedException ofMenu(String message, UUID menuId, @Nullable String group) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("menuId", menuId.toString());
        if (group != null) {
            fields.put("group", group);
        }
        return new CartRefusedException(message, Map.copyOf(fields));
    }

    @Override
    public Map<String, Object> problemFields() {
        return fields;
    }
}
