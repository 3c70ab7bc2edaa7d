package baedal.coupon.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record CouponId(UUID id) implements Identifier {

    public CouponId {
        Objects.requireNonNull(id, "id");
    }

    public static CouponId random() {
        return new CouponId(UUID.randomUUID());
    }
}
