package baedal.account.adapter.out.persistence;

import baedal.account.application.SignInThrottle;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle on Bucket4j's token buckets, kept in {@code account.sign_in_limits} so that every instance
 * counts the same failures: each username may fail {@code baedal.account.sign-in.failures-per-account} times, each
 * client address {@code failures-per-address} times, and each regains one attempt per {@code refill-every}. A bucket
 * is only taken from when a sign-in fails; a successful one only looks.
 */
@SecondaryAdapter
@Component
class SignInLimitsJdbcAdapter implements SignInThrottle {

    private final SignInBuckets buckets;
    private final BucketConfiguration perAccount;
    private final BucketConfiguration perAddress;

    SignInLimitsJdbcAdapter(
            DataSource dataSource,
            @Value("${baedal.account.sign-in.failures-per-account:5}") int failuresPerAccount,
            @Value("${baedal.account.sign-in.failures-per-address:50}") int failuresPerAddress,
            @Value("${baedal.account.sign-in.refill-every:PT1M}") Duration refillEvery) {
        this.buckets = new SignInBuckets(
                dataSource,
                ClientSideConfig.getDefault()
                        .withExpirationAfterWriteStrategy(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)));
        this.perAccount = limit(failuresPerAccount, refillEvery);
        this.perAddress = limit(failuresPerAddress, refillEvery);
    }

    private static BucketConfiguration limit(int failures, Duration refillEvery) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(failures, refillEvery.multipliedBy(failures))
                        .build())
                .build();
    }

    @Override
    public Duration waitBefore(String username, String address) {
        var account = account(username).estimateAbilityToConsume(1);
        var fromAddress = address(address).estimateAbilityToConsume(1);
        var nanos = Math.max(
                account.canBeConsumed() ? 0 : account.getNanosToWaitForRefill(),
                fromAddress.canBeConsumed() ? 0 : fromAddress.getNanosToWaitForRefill());
        return Duration.ofNanos(nanos);
    }

    @Override
    public void failed(String username, String address) {
        account(username).tryConsume(1);
        address(address).tryConsume(1);
    }

    /** Buckets whose failures have all been forgotten are deleted, a thousand at a time. */
    @Override
    public int forgetRefilled() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(1000);
            total += removed;
        } while (removed == 1000);
        return total;
    }

    private BucketProxy account(String username) {
        return buckets.builder().build("account:" + username.toLowerCase(Locale.ROOT), perAccount);
    }

    private BucketProxy address(String address) {
        return buckets.builder().build("address:" + address, perAddress);
    }
}
