package baedal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baedal.account.application.AccountManagement;
import baedal.account.application.SignInFailedException;
import baedal.account.application.TooManySignInsException;
import baedal.account.application.WeakPasswordException;
import baedal.account.domain.AccountId;
import baedal.account.domain.UsernameTakenException;
import baedal.account.events.AccountRegistered;
import baedal.kernel.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;

/** The account module on its own: registering, announcing new accounts and signing in. */
@ApplicationModuleTest
@ActiveProfiles("test")
class AccountIntegrationTests {

    private final AccountManagement accounts;
    private final JwtDecoder tokens;

    AccountIntegrationTests(AccountManagement accounts, JwtDecoder tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Test
    void aRegisteredAccountIsAnnouncedWithItsRoles(Scenario scenario) {
        var id = AccountId.random();
        scenario.stimulate(() -> accounts.register(id, unique("rider"), "Someone", "secret-pass1", Set.of(Role.RIDER)))
                .andWaitForEventOfType(AccountRegistered.class)
                .matching(registered -> registered.accountId().equals(id.id()))
                .toArriveAndVerify(registered -> assertThat(registered.roles()).containsExactly("RIDER"));
    }

    @Test
    void signingInIssuesATokenNamingTheAccountAndItsRoles() {
        var id = AccountId.random();
        var username = unique("owner");
        accounts.register(id, username, "Someone", "secret-pass1", Set.of(Role.OWNER));

        var jwt = tokens.decode(
                accounts.issueToken(username, "secret-pass1", "192.0.2.1").accessToken());

        assertThat(jwt.getSubject()).isEqualTo(id.id().toString());
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(username);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OWNER");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
        var username = unique("customer");
        accounts.register(AccountId.random(), username, "Someone", "secret-pass1", Set.of(Role.CUSTOMER));

        assertThatThrownBy(() -> accounts.issueToken(username, "wrong-pass", "192.0.2.1"))
                .isInstanceOf(SignInFailedException.class)
                .hasMessage("Unknown username or wrong password.");
        assertThatThrownBy(() -> accounts.issueToken(unique("nobody"), "secret-pass1", "192.0.2.1"))
                .isInstanceOf(SignInFailedException.class)
                .hasMessage("Unknown username or wrong password.");
    }

    @Test
    void failuresFromOneAddressSlowEveryUsernameFromThereAndNoOtherAddress() {
        var address = "198.51.100." + (int) (Math.random() * 250);
        var username = unique("victim");
        accounts.register(AccountId.random(), username, "Someone", "secret-pass1", Set.of(Role.CUSTOMER));

        for (int i = 0; i < 50; i++) {
            var guess = unique("guess");
            assertThatThrownBy(() -> accounts.issueToken(guess, "secret-pass1", address))
                    .isInstanceOf(SignInFailedException.class);
        }

        assertThatThrownBy(() -> accounts.issueToken(username, "secret-pass1", address))
                .isInstanceOfSatisfying(
                        TooManySignInsException.class,
                        throttled -> assertThat(throttled.retryAfter()).isPositive());
        assertThat(accounts.issueToken(username, "secret-pass1", "203.0.113.7").accessToken())
                .isNotBlank();
    }

    @Test
    void onlyAccountsThatExistExist() {
        var id = AccountId.random();
        accounts.register(id, unique("real"), "Someone", "secret-pass1", Set.of(Role.CUSTOMER));

        assertThat(accounts.exists(id)).isTrue();
        assertThat(accounts.exists(AccountId.random())).isFalse();
    }

    @Test
    void aUsernameIsTakenOnceAndAPasswordHasALetterADigitAndEightCharactersAtLeast() {
        var username = unique("taken");
        accounts.register(AccountId.random(), username, "Someone", "secret-pass1", Set.of(Role.CUSTOMER));

        assertThatThrownBy(() -> accounts.register(
                        AccountId.random(), username, "Someone", "other-pass1", Set.of(Role.CUSTOMER)))
                .isInstanceOf(UsernameTakenException.class);
        for (var weak : new String[] {"short1", "no-digits-here", "1234567890", "x1".repeat(33)}) {
            assertThatThrownBy(() -> accounts.register(
                            AccountId.random(), unique("weak"), "Someone", weak, Set.of(Role.CUSTOMER)))
                    .as(weak)
                    .isInstanceOf(WeakPasswordException.class);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
