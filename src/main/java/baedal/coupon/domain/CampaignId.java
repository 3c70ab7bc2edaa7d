package baedal.coupon.domain;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

public record CampaignId(UUID id) implements Identifier {

    public CampaignId {
        Objects.requireNonNull(id, "id");
    }

    public static CampaignId random() {
        return new CampaignId(UUID.randomUUID());
    }
}
