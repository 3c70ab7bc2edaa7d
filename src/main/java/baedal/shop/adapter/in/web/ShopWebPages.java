package baedal.shop.adapter.in.web;

import static baedal.platform.web.WebPages.page;

import baedal.kernel.Role;
import baedal.platform.web.WebPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The owner's shops: open and close them, register one, and keep the menus (prices, options, sold out). */
@Configuration(proxyBeanMethods = false)
class ShopWebPages {

    @Bean
    WebPages shopPageSet() {
        return WebPages.beside(
                ShopWebPages.class,
                page("/owner/shops", "shops", "Shops and menus", Role.OWNER).inNavigation("Shops & menus"));
    }
}
