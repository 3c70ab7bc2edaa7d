package baedal.order.domain;

import java.time.Instant;
import org.jmolecules.ddd.types.ValueObject;

/** One step of an order's timeline. */
public record StatusChange(OrderStatus status, Instant at) implements ValueObject {}
