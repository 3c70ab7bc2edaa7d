package baedal.delivery.application;

import baedal.delivery.domain.Deliveries;
import baedal.delivery.domain.Delivery;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryNotFoundException;
import baedal.delivery.domain.DeliveryOrders;
import baedal.delivery.domain.DeliveryOrders.DeliveryOrder;
import baedal.delivery.domain.DispatchRules;
import baedal.delivery.domain.Dispatcher;
import baedal.delivery.domain.NotYourDeliveryException;
import baedal.delivery.domain.Riders;
import baedal.delivery.domain.ShopLocations;
import baedal.delivery.domain.WaitingOrders;
import baedal.kernel.GeoPoint;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatch near the shop: an accepted order goes to the available rider closest to its shop, each delivery a rider is
 * on counting as extra distance ({@link Dispatcher}); with nobody free it waits in line and goes out, oldest first,
 * when a rider becomes available or finishes a delivery (and on a timer). A rider who declines is not offered the
 * order again.
 */
@Application
@Service
@EnableConfigurationProperties(DeliveryProperties.class)
class DispatchingDeliveryManagement implements DeliveryManagement {

    private static final Logger log = LoggerFactory.getLogger(DispatchingDeliveryManagement.class);
    private static final int WAITING_BATCH = 50;

    private final Deliveries deliveries;
    private final Riders riders;
    private final WaitingOrders waiting;
    private final DeliveryOrders orders;
    private final ShopLocations shops;
    private final DispatchRules rules;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DispatchingDeliveryManagement(
            Deliveries deliveries,
            Riders riders,
            WaitingOrders waiting,
            DeliveryOrders orders,
            ShopLocations shops,
            DeliveryProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.deliveries = deliveries;
        this.riders = riders;
        this.waiting = waiting;
        this.orders = orders;
        this.shops = shops;
        this.rules = properties.rules();
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void dispatch(UUID orderId, long orderVersion) {
        if (deliveries.dispatched(orderId)) {
            return;
        }
        var deliveryId = DeliveryId.random();
        var offered = offer(
                orderId,
                orderVersion,
                rider -> Delivery.assign(deliveryId, orderId, rider.riderId(), rider.arrival(), now()));
        if (!offered) {
            waiting.add(orderId, deliveryId, now());
            log.info("Order {} waits for a rider", orderId);
        }
    }

    @Override
    @Transactional
    public void registerRider(UUID riderId) {
        riders.add(riderId);
    }

    @Override
    public void reportLocation(UUID riderId, double lat, double lng, boolean available) {
        transactions.executeWithoutResult(status -> riders.report(riderId, new GeoPoint(lat, lng), available, now()));
        if (available) {
            dispatchWaiting();
        }
    }

    @Override
    public void decline(UUID riderId, boolean admin, DeliveryId deliveryId) {
        transactions.executeWithoutResult(status -> {
            var delivery = load(deliveryId);
            delivery.decline(riderId, admin);
            waiting.recordDecline(delivery.orderId(), delivery.riderId(), now());
            var offered = offer(delivery.orderId(), 0, next -> {
                delivery.reassign(next.riderId(), next.arrival(), now());
                return delivery;
            });
            if (!offered) {
                deliveries.remove(delivery);
                waiting.add(delivery.orderId(), delivery.getId(), now());
                log.info("Order {} was declined and waits for another rider", delivery.orderId());
            }
        });
    }

    @Override
    public int dispatchWaiting() {
        return dispatch(waiting.oldest(WAITING_BATCH));
    }

    /** Offers these waiting orders, oldest first, each in its own transaction; how many a rider took. */
    private int dispatch(List<WaitingOrders.Waiting> oldest) {
        var dispatched = 0;
        for (var next : oldest) {
            var taken = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!waiting.remove(next.orderId())) {
                    return false; // another instance took it meanwhile
                }
                var offered = offer(
                        next.orderId(),
                        0,
                        rider -> Delivery.assign(
                                next.deliveryId(), next.orderId(), rider.riderId(), rider.arrival(), now()));
                if (!offered) {
                    status.setRollbackOnly();
                }
                return offered;
            }));
            if (taken) {
                dispatched++;
            }
        }
        return dispatched;
    }

    @Override
    public void pickUp(UUID riderId, boolean admin, DeliveryId deliveryId) {
        change(deliveryId, delivery -> delivery.pickUp(riderId, admin, now()), false);
    }

    @Override
    public void complete(UUID riderId, boolean admin, DeliveryId deliveryId) {
        // the orders waiting for a rider are read in the same transaction (no round trip of its own to end a read)
        var oldest = change(deliveryId, delivery -> delivery.complete(riderId, admin, now()), true);
        dispatch(oldest);
    }

    /**
     * A rider's step, in one transaction, starting from the delivery as this instance stored it (no read, where it
     * remembers it); when another instance changed it since, the version check refuses the write and the step is taken
     * again on the delivery as it now is. With {@code thenWaiting}, returns the orders waiting for a rider, read in the
     * same transaction.
     */
    private List<WaitingOrders.Waiting> change(DeliveryId deliveryId, Consumer<Delivery> step, boolean thenWaiting) {
        for (int attempt = 1; ; attempt++) {
            var first = attempt == 1;
            try {
                var oldest = transactions.execute(status -> {
                    var delivery = first
                            ? deliveries.findForChange(deliveryId).orElseThrow(() -> notFound(deliveryId))
                            : load(deliveryId);
                    step.accept(delivery);
                    deliveries.save(delivery);
                    return thenWaiting ? waiting.oldest(WAITING_BATCH) : List.<WaitingOrders.Waiting>of();
                });
                return oldest == null ? List.of() : oldest;
            } catch (OptimisticLockingFailureException changedElsewhere) {
                if (attempt == 2) {
                    throw changedElsewhere;
                }
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> activeDeliveries(UUID riderId) {
        return deliveries.findActiveByRider(riderId);
    }

    @Override
    public Optional<DeliveryOrder> orderOf(Delivery delivery) {
        return orders.find(delivery.orderId(), 0);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeliveryProgress> progressOf(UUID orderId, UUID callerId, boolean admin) {
        var order = orders.find(orderId, 0);
        var delivery = deliveries.findByOrder(orderId);
        var allowed = admin
                || order.map(o -> o.customerId().equals(callerId)).orElse(false)
                || delivery.map(d -> d.riderId().equals(callerId)).orElse(false);
        if (!allowed && (order.isPresent() || delivery.isPresent())) {
            throw new NotYourDeliveryException("order " + orderId + " is not yours");
        }
        if (delivery.isPresent()) {
            return Optional.of(DeliveryProgress.underway(orderId, delivery.get()));
        }
        return allowed
                ? waiting.find(orderId).map(w -> DeliveryProgress.waiting(orderId, w.since()))
                : Optional.empty();
    }

    /**
     * Offers the order to the best rider for it; {@code assignment} makes the delivery the chosen rider takes, which is
     * saved. Whether a rider took it.
     */
    private boolean offer(UUID orderId, long orderVersion, Function<Offer, Delivery> assignment) {
        var now = now();
        var order = orders.find(orderId, orderVersion);
        var shop = order.flatMap(o -> shops.locationOf(o.shopId())).orElse(null);
        var candidates = riders.candidatesFor(orderId);
        var choice = Dispatcher.choose(
                candidates.riders().stream()
                        .filter(rider -> rules.takesOrders(rider, now))
                        .toList(),
                candidates.load(),
                shop,
                candidates.declined(),
                rules);
        if (choice.isEmpty()) {
            return false;
        }
        var arrival = shop == null || order.isEmpty()
                ? null
                : rules.arrival(
                        now,
                        choice.get().metersToShop() == null ? 0 : choice.get().metersToShop(),
                        shop.distanceMetersTo(order.get().deliverTo()));
        deliveries.save(assignment.apply(new Offer(choice.get().riderId(), arrival)));
        return true;
    }

    /** The rider an order is offered to and when they are expected at the door. */
    private record Offer(UUID riderId, @Nullable Instant arrival) {}

    private Delivery load(DeliveryId id) {
        return deliveries.findById(id).orElseThrow(() -> notFound(id));
    }

    private static DeliveryNotFoundException notFound(DeliveryId id) {
        return new DeliveryNotFoundException("delivery " + id.id() + " not found");
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
