package baedal.order.adapter.in.web;

import baedal.order.application.OrderStatusUpdates.Watch;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams open on this instance. Each lasts at most {@code baedal.order.stream-timeout} (browsers
 * reconnect) and gets a comment every {@code baedal.order.stream-keep-alive}, so proxies keep it open and a browser
 * that went away is noticed and its watch cancelled.
 */
@Component
class OrderStreams implements DisposableBean {

    private final Set<OrderStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("order-streams").daemon().factory());
    private final Duration timeout;

    OrderStreams(
            @Value("${baedal.order.stream-timeout:PT30M}") Duration timeout,
            @Value("${baedal.order.stream-keep-alive:PT15S}") Duration interval) {
        this.timeout = timeout;
        keepAlive.scheduleWithFixedDelay(
                () -> open.forEach(OrderStream::keepAlive),
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Opens a stream: {@code watch} starts following the live feed into it, then {@code history} (read after the
     * watch began, so nothing falls between the two) is replayed.
     */
    SseEmitter open(Function<OrderStream, Watch> watch, Function<OrderStream, List<OrderStream.Step>> history) {
        var emitter = new SseEmitter(timeout.toMillis());
        var stream = new OrderStream(emitter);
        var watching = watch.apply(stream);
        Runnable close = () -> {
            watching.cancel();
            open.remove(stream);
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        open.add(stream);
        try {
            stream.replay(history.apply(stream));
        } catch (RuntimeException e) {
            close.run();
            throw e;
        }
        return emitter;
    }

    int openStreams() {
        return open.size();
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
        open.forEach(OrderStream::complete);
    }
}
