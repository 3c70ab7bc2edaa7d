package baedal.display.application;

import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** The customer-facing display pages, rendered and ready to send. */
@PrimaryPort
public interface DisplayPages {

    /** Per category, how many shops are open now and deliver to the point. */
    RenderedPage home(double lat, double lng);

    /** One page of shops delivering to the point, ranked by ad tier, then open now, then rating. */
    RenderedPage list(@Nullable String category, double lat, double lng, int page, int size);

    /** A shop with its menus, or null when the display does not know it. */
    @Nullable
    RenderedPage detail(UUID shopId);
}
