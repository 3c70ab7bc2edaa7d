package baedal.platform.messaging;

/**
 * Marks the events the relay hands on while it publishes them, so that a deployment that both takes events in from
 * Kafka and sends its own out never sends one back (which would come in again, and again).
 */
final class RelayedEvents {

    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    private RelayedEvents() {}

    static void relay(Runnable publishing) {
        RELAYING.set(true);
        try {
            publishing.run();
        } finally {
            RELAYING.remove();
        }
    }

    static boolean relaying() {
        return RELAYING.get();
    }
}
