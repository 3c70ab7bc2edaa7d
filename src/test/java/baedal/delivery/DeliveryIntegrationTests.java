package baedal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.account.events.AccountRegistered;
import baedal.delivery.application.DeliveryManagement;
import baedal.delivery.domain.DeliveryId;
import baedal.delivery.domain.DeliveryStatus;
import baedal.delivery.domain.DeliveryStepOutOfOrderException;
import baedal.delivery.domain.NotYourDeliveryException;
import baedal.delivery.domain.RiderState;
import baedal.delivery.domain.Riders;
import baedal.order.events.DeliveryCompleted;
import baedal.order.events.DeliveryPickedUp;
import baedal.order.events.OrderAccepted;
import baedal.order.events.RiderAssigned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The delivery module on its own: riders sign up, accepted orders get one, and riders pick up and hand over. */
@ApplicationModuleTest
@ActiveProfiles("test")
class DeliveryIntegrationTests {

    /** The smallest id there is: among idle riders the dispatcher picks it first. */
    private static final UUID FIRST_RIDER = new UUID(0, 0);

    private final DeliveryManagement deliveries;
    private final Riders riders;
    private final TransactionTemplate transactions;

    private final JdbcTemplate jdbc;

    DeliveryIntegrationTests(
            DeliveryManagement deliveries, Riders riders, TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.riders = riders;
    }

    @Test
    void aRiderWhoSignedUpIsDispatchedToAnAcceptedOrder(Scenario scenario) {
        scenario.publish(new AccountRegistered(UUID.randomUUID(), FIRST_RIDER, List.of("RIDER"), 1, Instant.now()))
                .andWaitForStateChange(() -> riderIds().contains(FIRST_RIDER), Boolean::booleanValue)
                .andVerify(registered -> assertThat(registered).isTrue());

        var order = UUID.randomUUID();
        scenario.publish(accepted(order))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned -> assigned.orderId().equals(order))
                .toArriveAndVerify(assigned -> assertThat(assigned.riderId()).isEqualTo(FIRST_RIDER));
    }

    @Test
    void customersAndOwnersSigningUpAreNoRiders(Scenario scenario) {
        var owner = UUID.randomUUID();
        var rider = UUID.randomUUID();
        scenario.publish(new AccountRegistered(UUID.randomUUID(), owner, List.of("OWNER"), 1, Instant.now()));
        scenario.publish(new AccountRegistered(UUID.randomUUID(), rider, List.of("RIDER"), 1, Instant.now()))
                .andWaitForStateChange(() -> riderIds().contains(rider), Boolean::booleanValue)
                .andVerify(registered -> assertThat(riderIds()).doesNotContain(owner));
    }

    @Test
    void theAssignedRiderPicksUpAndHandsOver(Scenario scenario) {
        var assigned = dispatched(scenario);
        var delivery = new DeliveryId(assigned.deliveryId());

        scenario.stimulate(() -> deliveries.pickUp(assigned.riderId(), false, delivery))
                .andWaitForEventOfType(DeliveryPickedUp.class)
                .matching(picked -> picked.deliveryId().equals(assigned.deliveryId()))
                .toArriveAndVerify(picked -> assertThat(picked.orderId()).isEqualTo(assigned.orderId()));
        scenario.stimulate(() -> deliveries.complete(assigned.riderId(), false, delivery))
                .andWaitForEventOfType(DeliveryCompleted.class)
                .matching(completed -> completed.deliveryId().equals(assigned.deliveryId()))
                .toArriveAndVerify(completed -> assertThat(deliveries.activeDeliveries(assigned.riderId()))
                        .noneMatch(active -> active.getId().equals(delivery)));
    }

    @Test
    void aStepRacingAnotherInstancesChangeIsTakenAgainOnTheDeliveryAsItNowIs(Scenario scenario) {
        var assigned = dispatched(scenario);
        var delivery = new DeliveryId(assigned.deliveryId());
        // after this instance stored the delivery, another instance commits a change to it (on another connection, as
        // another JVM's would be): what this instance remembers is stale, the version check tells
        CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> jdbc.update(
                        "UPDATE delivery.deliveries SET version = version + 1 WHERE id = ?", assigned.deliveryId())))
                .join();

        deliveries.pickUp(assigned.riderId(), false, delivery);

        assertThat(jdbc.queryForMap(
                        "SELECT status, version FROM delivery.deliveries WHERE id = ?", assigned.deliveryId()))
                .containsEntry("STATUS", "PICKED_UP")
                .containsEntry("VERSION", 3L);
    }

    @Test
    void onlyTheAssignedRiderOrAnAdminStepsIn(Scenario scenario) {
        var assigned = dispatched(scenario);
        var delivery = new DeliveryId(assigned.deliveryId());
        var otherRider = UUID.randomUUID();

        assertThatThrownBy(() -> deliveries.pickUp(otherRider, false, delivery))
                .isInstanceOf(NotYourDeliveryException.class);
        deliveries.pickUp(otherRider, true, delivery);
        assertThat(deliveries.activeDeliveries(assigned.riderId()))
                .filteredOn(active -> active.getId().equals(delivery))
                .singleElement()
                .satisfies(active -> assertThat(active.status()).isEqualTo(DeliveryStatus.PICKED_UP));
    }

    @Test
    void aDeliveryIsPickedUpOnceAndCompletedOnlyAfterPickUp(Scenario scenario) {
        var assigned = dispatched(scenario);
        var delivery = new DeliveryId(assigned.deliveryId());

        assertThatThrownBy(() -> deliveries.complete(assigned.riderId(), false, delivery))
                .isInstanceOf(DeliveryStepOutOfOrderException.class);
        deliveries.pickUp(assigned.riderId(), false, delivery);
        assertThatThrownBy(() -> deliveries.pickUp(assigned.riderId(), false, delivery))
                .isInstanceOf(DeliveryStepOutOfOrderException.class);
    }

    @Test
    void anAcceptanceDeliveredAgainGetsNoSecondRider(Scenario scenario, AssertablePublishedEvents events) {
        var assigned = dispatched(scenario);

        deliveries.dispatch(assigned.orderId(), 3);
        deliveries.dispatch(assigned.orderId(), 3);

        assertThat(events.ofType(RiderAssigned.class)
                        .matching(again -> again.orderId().equals(assigned.orderId())))
                .hasSize(1);
    }

    private RiderAssigned dispatched(Scenario scenario) {
        transactions.executeWithoutResult(status -> riders.add(UUID.randomUUID()));
        var order = UUID.randomUUID();
        var assignment = new RiderAssigned[1];
        scenario.publish(accepted(order))
                .andWaitForEventOfType(RiderAssigned.class)
                .matching(assigned -> assigned.orderId().equals(order))
                .toArriveAndVerify(assigned -> assignment[0] = assigned);
        return assignment[0];
    }

    private List<UUID> riderIds() {
        return riders.all().stream().map(RiderState::riderId).toList();
    }

    private static OrderAccepted accepted(UUID order) {
        return new OrderAccepted(UUID.randomUUID(), order, UUID.randomUUID(), 3, Instant.now());
    }
}
