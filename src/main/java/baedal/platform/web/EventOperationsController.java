package baedal.platform.web;

import baedal.platform.outbox.EventOperations;
import baedal.platform.outbox.EventOperations.PendingPublication;
import baedal.platform.outbox.EventOperations.Selection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators look into the outbox and re-publish events (admin only, like everything under /api/admin). */
@PrimaryAdapter
@RestController
@Validated
@Tag(name = "operations")
@PreAuthorize("hasRole('ADMIN')")
class EventOperationsController {

    private final EventOperations operations;

    EventOperationsController(EventOperations operations) {
        this.operations = operations;
    }

    @Operation(summary = "Event publications whose listener has not completed yet, oldest first")
    @GetMapping("/api/admin/events")
    List<PendingPublication> incomplete(
            @RequestParam @Pattern(regexp = "incomplete", message = "only status=incomplete is listed") String status,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1_000) int limit) {
        return operations.incomplete(limit);
    }

    @Operation(
            summary = "Re-publish events",
            description =
                    "status=incomplete resubmits failed publications (each claimed first, so never twice at"
                            + " once across instances); status=completed publishes"
                            + " completed events again from the archive. Narrow by eventType, from/to (publication time, to"
                            + " exclusive), aggregateId and publicationId (one publication, as GET /api/admin/events lists it). Listeners are idempotent, so nothing is applied twice.")
    @PostMapping("/api/admin/events/republish")
    RepublishResult republish(@Valid @RequestBody RepublishRequest request) {
        var selection = new Selection(
                request.eventType(), request.from(), request.to(), request.aggregateId(), request.publicationId());
        return new RepublishResult(
                "completed".equals(request.status())
                        ? operations.republishCompleted(selection)
                        : operations.resubmitIncomplete(selection));
    }

    record RepublishRequest(
            @NotNull @Pattern(regexp = "incomplete|completed")
            String status,

            @Nullable @Size(max = 200) String eventType,
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable UUID aggregateId,
            @Nullable UUID publicationId) {}

    record RepublishResult(int republished) {}
}
