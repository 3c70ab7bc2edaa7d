package baedal.order.application;

import baedal.kernel.Money;
import baedal.order.api.OrderQueries;
import baedal.order.api.OrderView;
import baedal.order.domain.CartPricing;
import baedal.order.domain.CartRefusedException;
import baedal.order.domain.DeliveryAddress;
import baedal.order.domain.IdempotencyKeyReusedException;
import baedal.order.domain.IdempotencyKeys;
import baedal.order.domain.NotYourOrderException;
import baedal.order.domain.NotYourShopException;
import baedal.order.domain.Order;
import baedal.order.domain.OrderId;
import baedal.order.domain.OrderLine;
import baedal.order.domain.OrderNotFoundException;
import baedal.order.domain.OrderNumber;
import baedal.order.domain.OrderNumbers;
import baedal.order.domain.OrderStatus;
import baedal.order.domain.Orders;
import baedal.order.domain.PlacementInProgressException;
import baedal.order.domain.ShopCatalog;
import baedal.order.domain.ShopInfoUnavailableException;
import baedal.order.domain.ShopOffer;
import baedal.order.spi.OrderBenefits;
import baedal.platform.concurrency.AggregateLocks;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Order use cases, each in one transaction; the order's events are published with it. */
@Application
@Service
class TransactionalOrderManagement implements OrderManagement, OrderProgress, OrderQueries {

    private static final Logger log = LoggerFactory.getLogger(TransactionalOrderManagement.class);
    private static final int CHANGE_ATTEMPTS = 5;

    private final Orders orders;
    private final ShopCatalog shops;
    private final IdempotencyKeys keys;

    /** Shops' owners, remembered: a shop never changes hands, so checking the owner needs no round trip. */
    private final Cache<UUID, UUID> owners =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AggregateLocks locks;
    private final ObjectProvider<OrderBenefits> benefits;
    private final OrderNumbers numbers;
    private final ZoneId zone;

    TransactionalOrderManagement(
            Orders orders,
            ShopCatalog shops,
            IdempotencyKeys keys,
            TransactionTemplate transactions,
            Clock clock,
            AggregateLocks locks,
            ObjectProvider<OrderBenefits> benefits,
            OrderNumbers numbers,
            @Value("${baedal.order.zone:Asia/Seoul}") ZoneId zone) {
        this.numbers = numbers;
        this.zone = zone;
        this.locks = locks;
        this.benefits = benefits;
        this.orders = orders;
        this.shops = shops;
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Placement place(PlaceOrder command) {
        // Taken before the placement's transaction: reserving a block of numbers commits on a connection of its own,
        // and requests holding a connection each while waiting for a second one would empty the pool under load.
        var number = numbers.next(LocalDate.ofInstant(now(), zone));
        for (int attempt = 0; attempt < 3; attempt++) {
            var keyNew = attempt == 0;
            try {
                return transactions.execute(status -> placeOnce(command, number, keyNew));
            } catch (DuplicateKeyException concurrentRequestWithSameKey) {
                log.debug("Idempotency-Key {} recorded concurrently; reading its result", command.idempotencyKey());
            }
        }
        throw new PlacementInProgressException("another request with this Idempotency-Key is still in progress; retry");
    }

    /**
     * Places the order unless its key was used before. A key is nearly always new, so the first attempt records it
     * before anything else, and that is the check: a key used before fails on its primary key, the attempt rolls back
     * and the next one looks the key up (no round trip spent on looking up new keys).
     */
    private Placement placeOnce(PlaceOrder command, OrderNumber number, boolean keyNew) {
        var orderId = OrderId.random();
        if (!keyNew) {
            var recorded = keys.find(command.customerId(), command.idempotencyKey());
            if (recorded.isPresent()) {
                if (!recorded.get().requestHash().equals(command.fingerprint())) {
                    throw new IdempotencyKeyReusedException(
                            "this Idempotency-Key was already used for a different order");
                }
                return new Placement(load(recorded.get().orderId()), false);
            }
        }
        keys.record(command.customerId(), command.idempotencyKey(), command.fingerprint(), orderId, now());
        var shop = shops.findOffer(command.shopId())
                .orElseThrow(() -> new CartRefusedException("shop " + command.shopId() + " is not listed"));
        var lines = CartPricing.price(shop, command.items(), command.location());
        var items = lines.stream().map(OrderLine::amount).reduce(Money.ZERO, Money::plus);
        var discount = Money.ZERO;
        var benefits = command.couponId() == null && command.points() == 0 ? null : this.benefits.getIfAvailable();
        if (benefits == null && (command.couponId() != null || command.points() > 0)) {
            throw new CartRefusedException("coupons and points cannot be used right now");
        }
        if (command.couponId() != null) {
            var quote = benefits.quoteCoupon(
                    command.customerId(), command.couponId(), shop.shopId(), shop.category(), items.won());
            if (!quote.usable()) {
                throw new CartRefusedException("the coupon cannot be used on this order: " + quote.refusal());
            }
            discount = Money.won(quote.discountAmount());
        }
        var points = Money.won(command.points());
        if (points.won() > 0 && benefits.pointBalance(command.customerId()) < points.won()) {
            throw new CartRefusedException("you have fewer than " + points.won() + " points");
        }
        var placedAt = now();
        var order = Order.place(
                orderId,
                number,
                command.customerId(),
                shop.shopId(),
                lines,
                new DeliveryAddress(command.deliveryAddress(), command.location()),
                shop.deliveryFeeTo(command.location()),
                command.couponId(),
                discount,
                points,
                placedAt);
        var saved = orders.save(order);
        log.info(
                "Order {} ({}) placed at shop {} for {} KRW",
                saved.number(),
                saved.getId().id(),
                shop.shopId(),
                saved.paymentAmount().won());
        return new Placement(saved, true);
    }

    @Override
    public Order view(UUID callerId, boolean admin, OrderId orderId) {
        var order = load(orderId);
        if (admin
                || order.customerId().equals(callerId)
                || ownerOf(order.shopId()).filter(callerId::equals).isPresent()) {
            return order;
        }
        throw new NotYourOrderException("order " + orderId.id() + " belongs to someone else");
    }

    @Override
    public Order cancel(UUID customerId, OrderId orderId) {
        return change(orderId, order -> order.cancelByCustomer(customerId, now()));
    }

    @Override
    public Order accept(UUID ownerId, UUID shopId, OrderId orderId) {
        assertOwner(ownerId, shopId);
        return change(orderId, order -> order.accept(shopId, now()));
    }

    @Override
    public Order reject(UUID ownerId, UUID shopId, OrderId orderId, String reason) {
        assertOwner(ownerId, shopId);
        return change(orderId, order -> order.reject(shopId, reason, now()));
    }

    @Override
    public Order cancelLine(UUID ownerId, UUID shopId, OrderId orderId, int line, String reason) {
        assertOwner(ownerId, shopId);
        return change(orderId, order -> {
            var discountLeft = Money.ZERO;
            var couponReleased = false;
            if (order.couponId() != null && order.discountAmount().won() > 0) {
                var itemsLeft = order.itemsAmountWithout(line);
                var benefits = this.benefits.getIfAvailable();
                if (benefits == null) {
                    throw new ShopInfoUnavailableException("coupons cannot be priced again right now; try again");
                }
                var quote =
                        benefits.requoteCoupon(orderId.id(), Objects.requireNonNull(order.couponId()), itemsLeft.won());
                discountLeft = Money.won(quote.discountAmount());
                couponReleased = !quote.usable();
            }
            var refund = order.cancelLine(shopId, line, reason, discountLeft, couponReleased, now());
            log.info(
                    "Line {} of order {} cancelled by its shop ({}); {} KRW to refund{}",
                    line,
                    order.number(),
                    reason,
                    refund.won(),
                    couponReleased ? ", the coupon given back" : "");
        });
    }

    @Override
    public List<Order> customerOrders(UUID customerId, int page, int size) {
        return transactions.execute(tx -> orders.findByCustomer(customerId, page * size, size));
    }

    @Override
    public List<Order> shopOrders(UUID ownerId, UUID shopId, @Nullable OrderStatus status, int limit) {
        assertOwner(ownerId, shopId);
        return transactions.execute(tx -> orders.findByShop(shopId, status, limit));
    }

    @Override
    public void paymentDeferred(UUID orderId) {
        change(new OrderId(orderId), order -> order.awaitPayment(now()));
    }

    @Override
    public void paymentApproved(UUID orderId) {
        change(new OrderId(orderId), order -> {
            if (!order.markPaid(now())) {
                log.warn("Payment approved for order {} which is {}; payment refunds it", orderId, order.status());
            }
        });
    }

    @Override
    public void paymentFailed(UUID orderId, String reason) {
        change(new OrderId(orderId), order -> order.cancelForFailedPayment(reason, now()));
    }

    @Override
    public void benefitsRefused(UUID orderId, String reason) {
        change(new OrderId(orderId), order -> order.cancelForRefusedBenefits(reason, now()));
    }

    @Override
    public void riderAssigned(UUID orderId, UUID deliveryId) {
        change(new OrderId(orderId), order -> order.assignDelivery(deliveryId));
    }

    @Override
    public void pickedUp(UUID orderId) {
        change(new OrderId(orderId), order -> order.markPickedUp(now()));
    }

    @Override
    public void delivered(UUID orderId) {
        change(new OrderId(orderId), order -> order.markDelivered(now()));
    }

    @Override
    public int cancelUnanswered(Duration deadline) {
        var unanswered = transactions.execute(tx -> orders.findPaidBefore(now().minus(deadline), 100));
        unanswered.forEach(orderId -> {
            change(orderId, order -> order.cancelUnanswered(now()));
            log.info("Order {} cancelled: the shop did not answer within {}", orderId.id(), deadline);
        });
        return unanswered.size();
    }

    @Override
    public Optional<OrderView> findOrder(UUID orderId) {
        return orders.findById(new OrderId(orderId)).map(TransactionalOrderManagement::viewOf);
    }

    @Override
    public Optional<OrderView> findOrder(UUID orderId, long version) {
        return orders.findAtLeast(new OrderId(orderId), version).map(TransactionalOrderManagement::viewOf);
    }

    private static OrderView viewOf(Order order) {
        return new OrderView(
                order.getId().id(),
                order.customerId(),
                order.shopId(),
                order.status().name(),
                order.totalAmount().won(),
                order.discountAmount().won(),
                order.couponId(),
                order.pointsUsed().won(),
                order.paymentAmount().won(),
                order.version(),
                order.number().value(),
                order.deliveryAddress().text(),
                order.deliveryAddress().location().lat(),
                order.deliveryAddress().location().lng());
    }

    /**
     * Applies a change to the order in one transaction; returns the order as saved. Within this instance the order's
     * lock serialises changes, and the change starts from the order as this instance last stored it (no read, where
     * it remembers it); when another instance changed it since (its pick-up and hand-over facts may be applied by two
     * instances at once), the version check refuses the write and the change is applied again to the order as it now
     * is, read from the database, instead of failing the listener until the outbox resubmits it.
     */
    private Order change(OrderId orderId, Consumer<Order> change) {
        return transactions.execute(tx -> {
            locks.lockUntilTransactionEnds(orderId);
            for (int attempt = 1; ; attempt++) {
                var order = (attempt == 1 ? orders.findForChange(orderId) : orders.findById(orderId))
                        .orElseThrow(() -> new OrderNotFoundException("order " + orderId.id() + " not found"));
                change.accept(order);
                try {
                    return orders.save(order);
                } catch (OptimisticLockingFailureException e) {
                    if (attempt == CHANGE_ATTEMPTS) {
                        throw e;
                    }
                    log.debug("Order {} changed concurrently; applying the change again", orderId.id());
                }
            }
        });
    }

    private Order load(OrderId orderId) {
        return orders.findById(orderId)
                .orElseThrow(() -> new OrderNotFoundException("order " + orderId.id() + " not found"));
    }

    private void assertOwner(UUID ownerId, UUID shopId) {
        if (ownerOf(shopId).filter(ownerId::equals).isEmpty()) {
            throw new NotYourShopException("shop " + shopId + " belongs to another owner");
        }
    }

    private Optional<UUID> ownerOf(UUID shopId) {
        var known = owners.getIfPresent(shopId);
        if (known != null) {
            return Optional.of(known);
        }
        var owner = shops.findOffer(shopId).map(ShopOffer::ownerId);
        owner.ifPresent(id -> owners.put(shopId, id));
        return owner;
    }

    /** Now, to the microsecond the database keeps, so an order answered from memory reads as it will be stored. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
