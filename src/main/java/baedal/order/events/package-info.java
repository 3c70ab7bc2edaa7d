/**
 * The order lifecycle's published language: facts the order module publishes, and the facts payment and
 * delivery publish about an order (payment approved, rider assigned, ...). Keeping both here lets dependencies
 * point one way (payment and delivery depend on order). Zero-payload: ids, version, time.
 */
@NamedInterface("events")
@NullMarked
package baedal.order.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
