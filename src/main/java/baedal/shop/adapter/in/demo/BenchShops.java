package baedal.shop.adapter.in.demo;

import baedal.kernel.GeoPoint;
import baedal.kernel.Money;
import baedal.shop.application.ShopCommands.AddMenu;
import baedal.shop.application.ShopCommands.RegisterShop;
import baedal.shop.application.ShopManagement;
import baedal.shop.domain.MenuDetails;
import baedal.shop.domain.MenuOption;
import baedal.shop.domain.MenuOptionGroup;
import baedal.shop.domain.OpeningHours;
import baedal.shop.domain.ShopCategory;
import baedal.shop.domain.ShopProfile;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark data: generates shops across Seoul, each with its menus, registered and opened through the normal
 * use cases (so every display document is built from events), all owned by the demo owner1.
 */
@PrimaryAdapter
@Component
@Profile("bench")
@Order(20)
class BenchShops implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchShops.class);
    private static final ShopCategory[] CATEGORIES = ShopCategory.values();
    private static final OpeningHours ALMOST_ALWAYS = new OpeningHours(Arrays.stream(DayOfWeek.values())
            .map(day -> new OpeningHours.Period(day, LocalTime.of(5, 0), LocalTime.of(4, 30)))
            .toList());

    private final ShopManagement shops;
    private final TransactionTemplate transactions;
    private final int shopCount;
    private final int menusPerShop;

    BenchShops(
            ShopManagement shops,
            TransactionTemplate transactions,
            @Value("${baedal.bench.shops:10000}") int shopCount,
            @Value("${baedal.bench.menus-per-shop:30}") int menusPerShop) {
        this.shops = shops;
        this.transactions = transactions;
        this.shopCount = shopCount;
        this.menusPerShop = menusPerShop;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(2)) {
            IntStream.range(0, shopCount).forEach(i -> pool.submit(() -> seed(i)));
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
        log.info(
                "Bench shops ready: {} shops x {} menus in {} s",
                shopCount,
                menusPerShop,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    private void seed(int index) {
        var random = new SplittableRandom(index);
        var category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        var profile = new ShopProfile(
                "%s shop %05d"
                        .formatted(
                                category.name().charAt(0)
                                        + category.name().substring(1).toLowerCase(),
                                index),
                category,
                "Bench-ro %d, Seoul".formatted(index),
                new GeoPoint(37.45 + random.nextDouble() * 0.2, 126.85 + random.nextDouble() * 0.3),
                1_500 + random.nextInt(2_500),
                Money.won(10_000 + 1_000L * random.nextInt(10)),
                Money.won(500L * random.nextInt(7)),
                List.of(),
                ALMOST_ALWAYS,
                ShopProfile.SEOUL);
        transactions.executeWithoutResult(status -> {
            var shopId = shops.register(new RegisterShop(DemoShops.OWNER1, profile));
            for (int m = 0; m < menusPerShop; m++) {
                var groups = List.of(
                        new MenuOptionGroup(
                                "Size",
                                1,
                                1,
                                List.of(
                                        new MenuOption("Regular", Money.ZERO),
                                        new MenuOption("Large", Money.won(2_000)))),
                        new MenuOptionGroup("Extra", 0, 1, List.of(new MenuOption("Extra sauce", Money.won(500)))));
                var details = new MenuDetails(
                        "Menu %02d".formatted(m),
                        Money.won(5_000 + 500L * random.nextInt(40)),
                        "Group " + (m % 4),
                        groups);
                shops.addMenu(new AddMenu(DemoShops.OWNER1, shopId, details, random.nextInt(20) == 0));
            }
            shops.open(DemoShops.OWNER1, shopId);
        });
    }
}
