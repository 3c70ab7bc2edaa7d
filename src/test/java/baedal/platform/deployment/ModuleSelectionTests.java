package baedal.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ModuleSelectionTests {

    @Test
    void runsEveryModuleByDefault() {
        var selection = ModuleSelection.of(new MockEnvironment());

        assertThat(selection.runs("baedal.display.adapter.in.web.DisplayController"))
                .isTrue();
        assertThat(selection.runs("baedal.order.application.OrderManagement")).isTrue();
    }

    @Test
    void runsOnlyTheIncludedModulesAndTheSharedPlatform() {
        var selection = ModuleSelection.of(new MockEnvironment().withProperty("baedal.modules.include", "display"));

        assertThat(selection.runs("baedal.display.adapter.in.web.DisplayController"))
                .isTrue();
        assertThat(selection.runs("baedal.platform.web.ServiceClients")).isTrue();
        assertThat(selection.runs("baedal.BaedalApplication")).isTrue();
        assertThat(selection.runs("org.springframework.web.client.RestClient")).isTrue();
        assertThat(selection.runs("baedal.shop.application.ShopManagement")).isFalse();
        assertThat(selection.runsModule("__root"))
                .as("the event registry's migrations")
                .isTrue();
        assertThat(selection.runsModule("order")).isFalse();
    }

    @Test
    void leavesOutTheExcludedModules() {
        var selection =
                ModuleSelection.of(new MockEnvironment().withProperty("baedal.modules.exclude", "display, legacy"));

        assertThat(selection.runs("baedal.display.adapter.in.web.DisplayController"))
                .isFalse();
        assertThat(selection.runs("baedal.legacy.application.LegacySync")).isFalse();
        assertThat(selection.runs("baedal.order.application.OrderManagement")).isTrue();
    }

    @Test
    void refusesIncludeAndExcludeTogether() {
        var environment = new MockEnvironment()
                .withProperty("baedal.modules.include", "display")
                .withProperty("baedal.modules.exclude", "order");

        assertThatThrownBy(() -> ModuleSelection.of(environment)).hasMessageContaining("not both");
    }
}
