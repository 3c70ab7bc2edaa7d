package baedal.review.domain;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.types.ValueObject;

/** An order that reached its customer: the one customer who may review it, of which shop, since when. */
public record DeliveredOrder(UUID orderId, UUID customerId, UUID shopId, Instant deliveredAt) implements ValueObject {}
