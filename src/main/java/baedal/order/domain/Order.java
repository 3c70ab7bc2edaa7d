package baedal.order.domain;

import baedal.kernel.EventRecordingAggregateRoot;
import baedal.kernel.Money;
import baedal.order.events.OrderAccepted;
import baedal.order.events.OrderCancelled;
import baedal.order.events.OrderDelivered;
import baedal.order.events.OrderLineCancelled;
import baedal.order.events.OrderPaid;
import baedal.order.events.OrderPlaced;
import baedal.order.events.OrderRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * An order and its state machine. Illegal transitions are refused with an {@link OrderStepOutOfOrderException}; transitions
 * driven by other modules' events are idempotent (a repeated fact changes nothing).
 */
public class Order extends EventRecordingAggregateRoot<Order, OrderId> {

    private static final EnumSet<OrderStatus> CANCELLABLE_BY_CUSTOMER =
            EnumSet.of(OrderStatus.PLACED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAID);
    private static final EnumSet<OrderStatus> LINES_CANCELLABLE_BY_SHOP =
            EnumSet.of(OrderStatus.PAID, OrderStatus.ACCEPTED);

    private final OrderId id;
    private final OrderNumber number;
    private final UUID customerId;
    private final UUID shopId;
    private List<OrderLine> lines;
    private final DeliveryAddress deliveryAddress;
    private final Money deliveryFee;
    private Money discountAmount;
    private final @Nullable UUID couponId;
    private final Money pointsUsed;
    private OrderStatus status;
    private @Nullable String cancelReason;
    private @Nullable UUID deliveryId;
    private final List<StatusChange> history;
    private final long version;

    private Order(
            OrderId id,
            OrderNumber number,
            UUID customerId,
            UUID shopId,
            List<OrderLine> lines,
            DeliveryAddress deliveryAddress,
            Money deliveryFee,
            Money discountAmount,
            @Nullable UUID couponId,
            Money pointsUsed,
            OrderStatus status,
            @Nullable String cancelReason,
            @Nullable UUID deliveryId,
            List<StatusChange> history,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.shopId = Objects.requireNonNull(shopId, "shopId");
        if (lines.stream().allMatch(OrderLine::cancelled)) {
            throw new IllegalArgumentException("an order needs at least one item");
        }
        this.lines = List.copyOf(lines);
        this.deliveryAddress = Objects.requireNonNull(deliveryAddress, "deliveryAddress");
        this.deliveryFee = Objects.requireNonNull(deliveryFee, "deliveryFee");
        this.discountAmount = Objects.requireNonNull(discountAmount, "discountAmount");
        this.couponId = couponId;
        this.pointsUsed = Objects.requireNonNull(pointsUsed, "pointsUsed");
        if (couponId == null && discountAmount.won() > 0) {
            throw new IllegalArgumentException("a discount needs a coupon");
        }
        if (totalAmount().isLessThan(discountAmount.plus(pointsUsed))) {
            throw new CartRefusedException("the coupon and points come to more than the order");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.cancelReason = cancelReason;
        this.deliveryId = deliveryId;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    public static Order place(
            OrderId id,
            OrderNumber number,
            UUID customerId,
            UUID shopId,
            List<OrderLine> lines,
            DeliveryAddress address,
            Money deliveryFee,
            @Nullable UUID couponId,
            Money discount,
            Money points,
            Instant now) {
        var order = new Order(
                id,
                number,
                customerId,
                shopId,
                lines,
                address,
                deliveryFee,
                discount,
                couponId,
                points,
                OrderStatus.PLACED,
                null,
                null,
                List.of(new StatusChange(OrderStatus.PLACED, now)),
                0);
        order.registerEvent(
                new OrderPlaced(UUID.randomUUID(), id.id(), shopId, customerId, order.withBenefits(), 1, now));
        return order;
    }

    /** Rebuilds a stored order; records no event. */
    public static Order restore(
            OrderId id,
            OrderNumber number,
            UUID customerId,
            UUID shopId,
            List<OrderLine> lines,
            DeliveryAddress address,
            Money deliveryFee,
            Money discountAmount,
            @Nullable UUID couponId,
            Money pointsUsed,
            OrderStatus status,
            @Nullable String cancelReason,
            @Nullable UUID deliveryId,
            List<StatusChange> history,
            long version) {
        return new Order(
                id,
                number,
                customerId,
                shopId,
                lines,
                address,
                deliveryFee,
                discountAmount,
                couponId,
                pointsUsed,
                status,
                cancelReason,
                deliveryId,
                history,
                version);
    }

    /** The gateway could not be reached: the order waits for payment instead of failing. */
    public void awaitPayment(Instant now) {
        if (status == OrderStatus.PLACED) {
            moveTo(OrderStatus.PAYMENT_PENDING, now);
        }
    }

    /** Whether a coupon or points were used on this order. */
    public boolean withBenefits() {
        return couponId != null || pointsUsed.won() > 0;
    }

    /** Payment went through; false if the order was cancelled meanwhile (the payment module then refunds). */
    public boolean markPaid(Instant now) {
        if (status != OrderStatus.PLACED && status != OrderStatus.PAYMENT_PENDING) {
            return status == OrderStatus.PAID;
        }
        moveTo(OrderStatus.PAID, now);
        registerEvent(new OrderPaid(UUID.randomUUID(), id.id(), shopId, withBenefits(), nextVersion(), now));
        return true;
    }

    public void accept(UUID shop, Instant now) {
        assertShop(shop);
        require(OrderStatus.PAID, "accept");
        moveTo(OrderStatus.ACCEPTED, now);
        registerEvent(new OrderAccepted(UUID.randomUUID(), id.id(), shopId, nextVersion(), now));
    }

    public void reject(UUID shop, String reason, Instant now) {
        assertShop(shop);
        require(OrderStatus.PAID, "reject");
        cancelReason = "REJECTED: " + reason;
        moveTo(OrderStatus.CANCELLED, now);
        registerEvent(new OrderRejected(UUID.randomUUID(), id.id(), shopId, withBenefits(), nextVersion(), now));
    }

    public void cancelByCustomer(UUID customer, Instant now) {
        if (!customerId.equals(customer)) {
            throw new NotYourOrderException("order " + id.id() + " belongs to another customer");
        }
        if (!CANCELLABLE_BY_CUSTOMER.contains(status)) {
            throw new OrderStepOutOfOrderException("an order that is " + status + " can no longer be cancelled");
        }
        cancel("CANCELLED_BY_CUSTOMER", now);
    }

    /** Payment failed for good (declined, or the gateway stayed down past the deadline). */
    public void cancelForFailedPayment(String reason, Instant now) {
        if (status == OrderStatus.PLACED || status == OrderStatus.PAYMENT_PENDING) {
            cancel("PAYMENT_FAILED: " + reason, now);
        }
    }

    /**
     * The coupon or the points the order was priced with turned out to be unavailable (used by another order a
     * moment earlier, or the balance spent meanwhile): the order is cancelled before the food leaves the shop.
     */
    public void cancelForRefusedBenefits(String reason, Instant now) {
        if (EnumSet.of(OrderStatus.PLACED, OrderStatus.PAYMENT_PENDING, OrderStatus.PAID, OrderStatus.ACCEPTED)
                .contains(status)) {
            cancel("BENEFITS_REFUSED: " + reason, now);
        }
    }

    /** The shop never answered in time. */
    public void cancelUnanswered(Instant now) {
        if (status == OrderStatus.PAID) {
            cancel("NOT_ACCEPTED_IN_TIME", now);
        }
    }

    public void assignDelivery(UUID delivery) {
        this.deliveryId = delivery;
    }

    public void markPickedUp(Instant now) {
        if (status == OrderStatus.ACCEPTED) {
            moveTo(OrderStatus.PICKED_UP, now);
        }
    }

    public void markDelivered(Instant now) {
        if (status == OrderStatus.ACCEPTED || status == OrderStatus.PICKED_UP) {
            moveTo(OrderStatus.DELIVERED, now);
            registerEvent(new OrderDelivered(UUID.randomUUID(), id.id(), shopId, customerId, nextVersion(), now));
        }
    }

    /**
     * The shop cancels one line of a paid order before it is picked up (an ingredient ran out, say). The customer is
     * refunded what the order comes to less: the line, less what the coupon no longer takes off. {@code discountLeft}
     * is what the order's coupon is worth on the lines left, as the coupon's rules say (zero when they no longer hold;
     * {@code couponReleased} then says the coupon goes back to the customer). Returns the refund.
     */
    public Money cancelLine(
            UUID shop, int position, String reason, Money discountLeft, boolean couponReleased, Instant now) {
        assertShop(shop);
        if (!LINES_CANCELLABLE_BY_SHOP.contains(status)) {
            throw new OrderStepOutOfOrderException(
                    "a line can be cancelled while the order is PAID or ACCEPTED; it is " + status);
        }
        if (position < 0 || position >= lines.size()) {
            throw new LineCancellationRefusedException(
                    position, "the order has lines 0 to " + (lines.size() - 1) + ", not " + position);
        }
        if (lines.get(position).cancelled()) {
            throw new LineCancellationRefusedException(position, "line " + position + " is cancelled already");
        }
        if (lines.stream().filter(line -> !line.cancelled()).count() == 1) {
            throw new LineCancellationRefusedException(
                    position, "line " + position + " is the last one left: reject the order instead");
        }
        var remaining = new ArrayList<>(lines);
        remaining.set(position, lines.get(position).cancel(reason));
        var discount = discountLeft.isLessThan(discountAmount) ? discountLeft : discountAmount;
        if (itemsAmountWithout(position).plus(deliveryFee).isLessThan(discount.plus(pointsUsed))) {
            throw new LineCancellationRefusedException(
                    position, "what is left would come to less than the points spent on it: reject the order instead");
        }
        var paidBefore = paymentAmount();
        lines = List.copyOf(remaining);
        discountAmount = discount;
        var refund = Money.won(paidBefore.won() - paymentAmount().won());
        registerEvent(new OrderLineCancelled(
                UUID.randomUUID(),
                id.id(),
                shopId,
                customerId,
                position,
                refund.won(),
                couponReleased,
                withBenefits(),
                nextVersion(),
                now));
        return refund;
    }

    /** What the lines not cancelled would come to without this one. */
    public Money itemsAmountWithout(int position) {
        return IntStream.range(0, lines.size())
                .filter(i -> i != position && !lines.get(i).cancelled())
                .mapToObj(i -> lines.get(i).amount())
                .reduce(Money.ZERO, Money::plus);
    }

    /** What the lines not cancelled come to. */
    public Money itemsAmount() {
        return itemsAmountWithout(-1);
    }

    private void cancel(String reason, Instant now) {
        var wasPaid = status == OrderStatus.PAID || status == OrderStatus.ACCEPTED;
        cancelReason = reason;
        moveTo(OrderStatus.CANCELLED, now);
        registerEvent(
                new OrderCancelled(UUID.randomUUID(), id.id(), shopId, wasPaid, withBenefits(), nextVersion(), now));
    }

    private void assertShop(UUID shop) {
        if (!shopId.equals(shop)) {
            throw new NotYourShopException("order " + id.id() + " was placed at another shop");
        }
    }

    private void require(OrderStatus expected, String action) {
        if (status != expected) {
            throw new OrderStepOutOfOrderException("cannot %s an order that is %s".formatted(action, status));
        }
    }

    private void moveTo(OrderStatus next, Instant now) {
        status = next;
        history.add(new StatusChange(next, now));
    }

    private long nextVersion() {
        return version + 1;
    }

    /** Items not cancelled plus delivery fee. */
    public Money totalAmount() {
        return itemsAmount().plus(deliveryFee);
    }

    /** What the customer pays: the total less the coupon's discount and the points spent. */
    public Money paymentAmount() {
        return Money.won(totalAmount().won() - discountAmount.won() - pointsUsed.won());
    }

    public @Nullable UUID couponId() {
        return couponId;
    }

    public Money pointsUsed() {
        return pointsUsed;
    }

    @Override
    public OrderId getId() {
        return id;
    }

    public OrderNumber number() {
        return number;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID shopId() {
        return shopId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public DeliveryAddress deliveryAddress() {
        return deliveryAddress;
    }

    public Money deliveryFee() {
        return deliveryFee;
    }

    public Money discountAmount() {
        return discountAmount;
    }

    public OrderStatus status() {
        return status;
    }

    public @Nullable String cancelReason() {
        return cancelReason;
    }

    public @Nullable UUID deliveryId() {
        return deliveryId;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
