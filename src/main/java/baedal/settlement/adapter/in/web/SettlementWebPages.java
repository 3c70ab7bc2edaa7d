package baedal.settlement.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The owner's daily statements; the operators' day closing and reconciliation against payments. */
@Configuration(proxyBeanMethods = false)
class SettlementWebPages {

    @Bean
    WebPages settlementPageSet() {
        return WebPages.beside(
                SettlementWebPages.class,
                page("/owner/settlements", "statements", "Settlement", Role.OWNER)
                        .inNavigation("Settlement"),
                page("/ops/settlements", "ops-settlements", "Settlement closing", Role.ADMIN)
                        .inNavigation("Settlement"));
    }
}
