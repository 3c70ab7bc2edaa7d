package baedal.display.application;

import static org.assertj.core.api.Assertions.assertThat;

import baedal.display.domain.AdTier;
import baedal.display.domain.MenuItem;
import baedal.display.domain.ShopDocument;
import baedal.display.domain.ShopDocumentChange;
import baedal.display.domain.ShopSnapshot;
import baedal.display.domain.WeeklyHours;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Heap held by the display read model for 10,000 shops x 30 menus (documents, pre-rendered pages, grid index).
 * A benchmark, not part of the build: {@code ./mvnw test -Dtest=DisplayMemoryBenchmark -Dgroups=benchmark -DexcludedGroups=}.
 */
@Tag("benchmark")
class DisplayMemoryBenchmark {

    static final int SHOPS = 10_000;
    static final int MENUS = 30;

    @Test
    void measuresHeapFor10000ShopsWith30MenusEach() {
        var model = new DisplayReadModel(JsonMapper.builder().build(), Clock.systemUTC());
        var before = usedHeapAfterGc();

        model.replaceAll(() -> documents().stream()
                .map(document -> new ShopDocumentChange(document.shopId(), 1, document))
                .toList());
        var after = usedHeapAfterGc();

        var mib = (after - before) / (1024.0 * 1024.0);
        System.out.printf(
                "display read model: %d shops x %d menus hold %.1f MiB of heap (%.1f KiB per shop)%n",
                SHOPS, MENUS, mib, mib * 1024 / SHOPS);
        assertThat(model.size()).isEqualTo(SHOPS);
    }

    static DisplayReadModel newModel() {
        return new DisplayReadModel(JsonMapper.builder().build(), Clock.systemUTC());
    }

    static List<ShopDocument> documents() {
        var hours = new WeeklyHours(List.of(DayOfWeek.values()).stream()
                .map(day -> new WeeklyHours.Period(day, LocalTime.of(5, 0), LocalTime.of(4, 30)))
                .toList());
        var documents = new ArrayList<ShopDocument>(SHOPS);
        IntStream.range(0, SHOPS).forEach(i -> {
            var random = new SplittableRandom(i);
            var shopId = UUID.randomUUID();
            var menus = IntStream.range(0, MENUS)
                    .mapToObj(m -> MenuItem.withOptions(
                            UUID.randomUUID(),
                            1,
                            "Menu %02d".formatted(m),
                            5_000 + 500L * random.nextInt(40),
                            "Group " + (m % 4),
                            List.of(new MenuItem.Option("Large", 2_000), new MenuItem.Option("Extra sauce", 500)),
                            false))
                    .toList();
            var shop = new ShopSnapshot(
                    shopId,
                    UUID.randomUUID(),
                    2,
                    "Chicken shop %05d".formatted(i),
                    "CHICKEN",
                    "Bench-ro %d, Seoul".formatted(i),
                    37.45 + random.nextDouble() * 0.2,
                    126.85 + random.nextDouble() * 0.3,
                    1_500 + random.nextInt(2_500),
                    15_000,
                    2_000,
                    List.of(),
                    true,
                    hours,
                    ShopSnapshot.SEOUL);
            documents.add(new ShopDocument(shop, menus, 4.5, 120, AdTier.NONE));
        });
        return documents;
    }

    static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
