package baedal.account.adapter.out.persistence;

import baedal.account.domain.Account;
import baedal.account.domain.Roles;
import baedal.kernel.Role;
import baedal.platform.jdbc.ColumnConverters;
import baedal.platform.jdbc.StoredIn;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * The account module's Spring Data JDBC repositories (this package only), where they store their aggregates, and how
 * an account's roles are one column: their names, sorted, comma-separated.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(considerNestedRepositories = false)
class AccountPersistence {

    @Bean
    StoredIn accountsTable() {
        return new StoredIn(Account.class, "account.accounts");
    }

    @Bean
    ColumnConverters rolesAsText() {
        return new ColumnConverters(List.of(new RolesToText(), new TextToRoles()));
    }

    @WritingConverter
    private static final class RolesToText implements Converter<Roles, String> {
        @Override
        public String convert(Roles roles) {
            return roles.held().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        }
    }

    @ReadingConverter
    private static final class TextToRoles implements Converter<String, Roles> {
        @Override
        public Roles convert(String text) {
            return new Roles(Arrays.stream(text.split(",")).map(Role::valueOf).collect(Collectors.toSet()));
        }
    }
}
