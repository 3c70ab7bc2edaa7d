package baedal.platform.concurrency;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises, within this instance, transactions that change the same aggregate: listeners for several facts about
 * one order then apply them one after another instead of failing each other's optimistic lock. Across instances the
 * version check still catches conflicts, and the outbox retries the loser.
 */
@Component
public class AggregateLocks {

    private final ReentrantLock[] stripes = new ReentrantLock[256];

    AggregateLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Locks the aggregate until the current transaction completes (commit or rollback). */
    public void lockUntilTransactionEnds(Object aggregateId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("aggregate locks are held until a transaction ends; none is active");
        }
        var lock = stripes[Math.floorMod(aggregateId.hashCode(), stripes.length)];
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }
}
