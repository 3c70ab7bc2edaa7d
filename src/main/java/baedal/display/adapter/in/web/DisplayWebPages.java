package baedal.display.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer's start page (categories and shops nearby), a shop's menus, and the operators' display page. */
@Configuration(proxyBeanMethods = false)
class DisplayWebPages {

    @Bean
    WebPages displayPageSet() {
        return WebPages.beside(
                DisplayWebPages.class,
                page("/", "home", "Order food nearby", null).inNavigation("Home"),
                page("/shop", "shop", "Shop", null),
                page("/ops/display", "ops-display", "Display", Role.ADMIN).inNavigation("Display"));
    }
}
