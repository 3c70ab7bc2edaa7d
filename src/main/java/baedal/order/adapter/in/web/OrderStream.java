package baedal.order.adapter.in.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser's stream of order events: each step of an order is sent once and in order, whether it comes from the
 * replay of what happened before the browser connected or from the live feed; steps that arrive during the replay
 * wait for it to finish.
 */
final class OrderStream {

    private final SseEmitter emitter;
    private final Map<UUID, Integer> sentUpTo = new HashMap<>();
    private final List<Step> waiting = new ArrayList<>();
    private boolean replayed;

    OrderStream(SseEmitter emitter) {
        this.emitter = emitter;
    }

    /** Sends a step, unless one at or after its position of the same order was sent already. */
    synchronized void send(Step step) {
        if (!replayed) {
            waiting.add(step);
            return;
        }
        write(step);
    }

    /** Sends what happened before the browser connected, then whatever arrived meanwhile. */
    synchronized void replay(List<Step> steps) {
        steps.forEach(this::write);
        replayed = true;
        waiting.forEach(this::write);
        waiting.clear();
    }

    /** Ends the stream; the browser reconnects, to this instance or another. */
    void complete() {
        emitter.complete();
    }

    synchronized void keepAlive() {
        try {
            emitter.send(SseEmitter.event().comment("keep-alive"));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    private void write(Step step) {
        if (sentUpTo.getOrDefault(step.orderId(), -1) >= step.position()) {
            return;
        }
        sentUpTo.put(step.orderId(), step.position());
        try {
            emitter.send(SseEmitter.event()
                    .id(step.orderId() + "/" + step.position())
                    .name(step.status())
                    .data(step.data(), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    /** The {@code position}th step of an order, sent as an event named by its status. */
    record Step(UUID orderId, int position, String status, Object data) {}
}
