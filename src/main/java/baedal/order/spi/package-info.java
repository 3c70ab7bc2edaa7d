/**
 * Ports the order module requires and other modules implement: what can be ordered at a shop (display) and the
 * coupons and points an order uses (coupon). Unlike {@code api}, which order offers, these are order's needs.
 */
@NamedInterface("spi")
@NullMarked
package baedal.order.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
