package baedal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import baedal.delivery.application.DeliveryManagement;
import baedal.delivery.application.DeliveryProgress;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryOrders;
import baedal.delivery.domain.DeliveryOrders.DeliveryOrder;
import baedal.delivery.domain.DeliveryStepOutOfOrderException;
import baedal.delivery.domain.NotYourDeliveryException;
import baedal.delivery.domain.Riders;
import baedal.delivery.domain.ShopLocations;
import baedal.kernel.GeoPoint;
import baedal.order.events.OrderAccepted;
import baedal.order.events.RiderAssigned;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatch as riders work: riders report where they are and whether they take orders; an accepted order goes to the
 * available rider near its shop with an estimated arrival; with nobody free it waits and goes out when a rider is;
 * a rider who declines is not offered it again.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class DispatchIntegrationTests {

    static final GeoPoint SHOP = new GeoPoint(37.5133, 127.1001);
    static final GeoPoint DOOR = new GeoPoint(37.5223, 127.1001);
    static final UUID SHOP_ID = UUID.randomUUID();
    static final UUID CUSTOMER = UUID.randomUUID();

    @MockitoBean
    DeliveryOrders orders;

    @MockitoBean
    ShopLocations shops;

    private final DeliveryManagement deliveries;
    private final Riders riders;
    private final TransactionTemplate transactions;

    DispatchIntegrationTests(DeliveryManagement deliveries, Riders riders, TransactionTemplate transactions) {
        this.deliveries = deliveries;
        this.riders = riders;
        this.transactions = transactions;
    }

    @BeforeEach
    void everyRiderOffShiftAndTheShopKnown() {
        transactions.executeWithoutResult(
                status -> riders.all().forEach(rider -> riders.report(rider.riderId(), SHOP, false, Instant.now())));
        given(shops.locationOf(SHOP_ID)).willReturn(Optional.of(SHOP));
    }

    @Test
    void theAvailableRiderNearestTheShopTakesTheOrderWithAnEstimatedArrival(Scenario scenario) {
        var near = rider(300, true);
        rider(2_000, true);
        rider(100, false);
        var order = order();

        scenario.publish(accepted(order))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned -> assigned.orderId().equals(order))
                .toArriveAndVerify(assigned -> assertThat(assigned.riderId()).isEqualTo(near));

        var progress = deliveries.progressOf(order, CUSTOMER, false).orElseThrow();
        assertThat(progress.status()).isEqualTo("ASSIGNED");
        assertThat(progress.riderId()).isEqualTo(near);
        // 300 m to the shop and 1 km on to the door at 250 m a minute, plus 10 minutes of handling
        assertThat(progress.estimatedArrival())
                .isBetween(
                        progress.assignedAt().plusSeconds(14 * 60),
                        progress.assignedAt().plusSeconds(16 * 60));
    }

    @Test
    void aRiderWhoseLastReportIsTooOldIsPassedOver(Scenario scenario) {
        var gone = UUID.randomUUID();
        transactions.executeWithoutResult(
                status -> riders.report(gone, SHOP, true, Instant.now().minus(Duration.ofMinutes(30))));
        var farther = rider(2_000, true);
        var order = order();

        scenario.publish(accepted(order))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned -> assigned.orderId().equals(order))
                .toArriveAndVerify(assigned -> assertThat(assigned.riderId()).isEqualTo(farther));
    }

    @Test
    void withNoRiderFreeTheOrderWaitsAndGoesToTheFirstWhoBecomesAvailable(Scenario scenario) {
        var order = order();
        deliveries.dispatch(order, 3);

        assertThat(deliveries.progressOf(order, CUSTOMER, false)).hasValueSatisfying(progress -> {
            assertThat(progress.status()).isEqualTo(DeliveryProgress.WAITING);
            assertThat(progress.waitingSince()).isNotNull();
        });
        assertThatThrownBy(() -> deliveries.progressOf(order, UUID.randomUUID(), false))
                .isInstanceOf(NotYourDeliveryException.class);

        var rider = UUID.randomUUID();
        scenario.stimulate(() -> deliveries.reportLocation(rider, 37.5140, 127.1001, true))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned -> assigned.orderId().equals(order))
                .toArriveAndVerify(assigned -> assertThat(assigned.riderId()).isEqualTo(rider));
        assertThat(deliveries.dispatchWaiting()).as("nothing left waiting").isZero();
    }

    @Test
    void aDeclinedOrderGoesToAnotherRiderAndWaitsWhenNobodyElseIsFree(Scenario scenario) {
        var first = rider(200, true);
        var second = rider(1_500, true);
        var order = order();
        var delivery = new DeliveryId[1];
        scenario.publish(accepted(order))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned ->
                        assigned.orderId().equals(order) && assigned.riderId().equals(first))
                .toArriveAndVerify(assigned -> delivery[0] = new DeliveryId(assigned.deliveryId()));

        assertThatThrownBy(() -> deliveries.decline(second, false, delivery[0]))
                .isInstanceOf(NotYourDeliveryException.class);
        scenario.stimulate(() -> deliveries.decline(first, false, delivery[0]))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned ->
                        assigned.orderId().equals(order) && assigned.riderId().equals(second))
                .toArriveAndVerify(assigned -> assertThat(assigned.deliveryId()).isEqualTo(delivery[0].id()));

        deliveries.decline(second, false, delivery[0]);
        assertThat(deliveries.progressOf(order, CUSTOMER, false).orElseThrow().status())
                .isEqualTo(DeliveryProgress.WAITING);
        deliveries.reportLocation(first, SHOP.lat(), SHOP.lng(), true);
        assertThat(deliveries.progressOf(order, CUSTOMER, false).orElseThrow().status())
                .as("riders who declined are not offered it again")
                .isEqualTo(DeliveryProgress.WAITING);

        var third = rider(800, true);
        deliveries.dispatchWaiting();
        var taken = deliveries.progressOf(order, CUSTOMER, false).orElseThrow();
        assertThat(taken.riderId()).isEqualTo(third);
        assertThat(taken.deliveryId()).as("the same delivery, whoever takes it").isEqualTo(delivery[0].id());

        deliveries.pickUp(third, false, delivery[0]);
        assertThatThrownBy(() -> deliveries.decline(third, false, delivery[0]))
                .isInstanceOf(DeliveryStepOutOfOrderException.class);
    }

    /** A rider on shift (or not) this many meters north of the shop. */
    private UUID rider(double meters, boolean available) {
        var rider = UUID.randomUUID();
        transactions.executeWithoutResult(status -> riders.report(
                rider, new GeoPoint(SHOP.lat() + meters / 111_195.0, SHOP.lng()), available, Instant.now()));
        return rider;
    }

    /** An order of the shop going 1 km north of it. */
    private UUID order() {
        var order = UUID.randomUUID();
        given(orders.find(eq(order), anyLong()))
                .willReturn(Optional.of(new DeliveryOrder("B2612050001", "Olympic-ro 240", CUSTOMER, SHOP_ID, DOOR)));
        return order;
    }

    private static OrderAccepted accepted(UUID order) {
        return new OrderAccepted(UUID.randomUUID(), order, SHOP_ID, 3, Instant.now());
    }
}
