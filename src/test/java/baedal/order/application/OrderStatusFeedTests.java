package baedal.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import baedal.order.domain.OrderId;
import baedal.order.domain.OrderStatus;
import baedal.order.domain.Orders;
import baedal.order.domain.StatusMark;
import baedal.testing.InjectedFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** How an instance follows the stored order timeline for the browsers watching on it. */
class OrderStatusFeedTests {

    private static final Instant NOON = Instant.parse("2026-12-04T03:00:00Z");
    private static final UUID SHOP = UUID.randomUUID();

    private final List<StatusMark> stored = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final OrderStatusFeed feed =
            new OrderStatusFeed(timeline(), transactions(), Clock.fixed(NOON, ZoneOffset.UTC), Duration.ofHours(1));

    @AfterEach
    void stop() {
        feed.destroy();
    }

    @Test
    void passesEachStepOnceToWatchersOfTheOrderAndOfTheShop() {
        var order = new OrderId(UUID.randomUUID());
        var customerSaw = new ArrayList<OrderStatus>();
        var ownerSaw = new ArrayList<OrderStatus>();
        feed.watchOrder(order, mark -> customerSaw.add(mark.status()));
        feed.watchShop(SHOP, mark -> ownerSaw.add(mark.status()));

        store(order, 0, OrderStatus.PLACED, NOON.plusMillis(10));
        feed.catchUp();
        store(order, 1, OrderStatus.PAID, NOON.plusMillis(20));
        feed.catchUp();
        feed.catchUp();

        assertThat(customerSaw).containsExactly(OrderStatus.PLACED, OrderStatus.PAID);
        assertThat(ownerSaw).containsExactly(OrderStatus.PLACED, OrderStatus.PAID);
    }

    @Test
    void aStepCommittedLateWithAnEarlierTimeIsStillPassedOn() {
        var first = new OrderId(UUID.randomUUID());
        var slow = new OrderId(UUID.randomUUID());
        var ownerSaw = new ArrayList<OrderId>();
        feed.watchShop(SHOP, mark -> ownerSaw.add(mark.orderId()));

        store(first, 0, OrderStatus.PLACED, NOON.plusSeconds(2));
        feed.catchUp();
        // stamped before the step already read, committed only now
        store(slow, 0, OrderStatus.PLACED, NOON.plusSeconds(1));
        feed.catchUp();

        assertThat(ownerSaw).containsExactly(first, slow);
    }

    @Test
    void readsNothingWhileNobodyWatchesAndNothingOnceTheWatchIsCancelled() {
        var order = new OrderId(UUID.randomUUID());
        store(order, 0, OrderStatus.PLACED, NOON.plusMillis(10));
        feed.catchUp();
        assertThat(reads).hasValue(0);

        var saw = new ArrayList<OrderStatus>();
        var watch = feed.watchOrder(order, mark -> saw.add(mark.status()));
        feed.catchUp();
        watch.cancel();
        store(order, 1, OrderStatus.PAID, NOON.plusMillis(20));
        feed.catchUp();

        assertThat(saw).containsExactly(OrderStatus.PLACED);
        assertThat(reads).hasValue(1);
    }

    @Test
    void oneFailingWatcherDoesNotKeepTheStepFromTheOthers() {
        var order = new OrderId(UUID.randomUUID());
        var saw = new ArrayList<OrderStatus>();
        feed.watchOrder(order, mark -> {
            throw new InjectedFailure("browser went away");
        });
        feed.watchOrder(order, mark -> saw.add(mark.status()));

        store(order, 0, OrderStatus.PLACED, NOON.plusMillis(10));
        feed.catchUp();

        assertThat(saw).containsExactly(OrderStatus.PLACED);
    }

    private void store(OrderId order, int position, OrderStatus status, Instant at) {
        stored.add(new StatusMark(order, SHOP, UUID.randomUUID(), position, status, at));
    }

    private Orders timeline() {
        var orders = mock(Orders.class);
        when(orders.statusChangesAfter(any(), org.mockito.ArgumentMatchers.anyInt()))
                .thenAnswer(call -> {
                    reads.incrementAndGet();
                    Instant since = call.getArgument(0);
                    return stored.stream()
                            .filter(mark -> mark.at().isAfter(since))
                            .sorted(java.util.Comparator.comparing(StatusMark::at))
                            .toList();
                });
        return orders;
    }

    private static TransactionTemplate transactions() {
        var manager = mock(PlatformTransactionManager.class);
        when(manager.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new TransactionTemplate(manager);
    }
}
