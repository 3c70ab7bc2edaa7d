package baedal.account.adapter.in.demo;

import baedal.account.application.AccountManagement;
import baedal.account.domain.AccountId;
import baedal.kernel.Role;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the demo accounts (password {@value #PASSWORD}) with fixed ids, so demo shops can name their owners. */
@PrimaryAdapter
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo1234!";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private static final Map<String, Set<Role>> ROLES = Map.of(
            "customer1", Set.of(Role.CUSTOMER),
            "customer2", Set.of(Role.CUSTOMER),
            "customer3", Set.of(Role.CUSTOMER),
            "owner1", Set.of(Role.OWNER),
            "owner2", Set.of(Role.OWNER),
            "rider1", Set.of(Role.RIDER),
            "admin", Set.of(Role.ADMIN));

    private static final Map<String, String> IDS = Map.of(
            "customer1", "00000000-0000-0000-0000-000000000101",
            "customer2", "00000000-0000-0000-0000-000000000102",
            "customer3", "00000000-0000-0000-0000-000000000103",
            "owner1", "00000000-0000-0000-0000-000000000201",
            "owner2", "00000000-0000-0000-0000-000000000202",
            "rider1", "00000000-0000-0000-0000-000000000301",
            "admin", "00000000-0000-0000-0000-000000000901");

    private final AccountManagement accounts;

    DemoAccounts(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        IDS.forEach((username, id) -> {
            try {
                accounts.register(
                        new AccountId(UUID.fromString(id)), username, username, PASSWORD, ROLES.get(username));
            } catch (baedal.account.domain.UsernameTakenException alreadySeeded) {
                log.debug("Demo account {} exists", username);
            }
        });
        log.info("Demo accounts ready: {} (password {})", IDS.keySet(), PASSWORD);
    }
}
