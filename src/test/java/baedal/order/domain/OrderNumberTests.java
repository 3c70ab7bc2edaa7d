package baedal.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderNumberTests {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void readsAsTheDayAndItsPlaceInTheDay() {
        assertThat(OrderNumber.of(DAY, 1).value()).isEqualTo("B2612040001");
        assertThat(OrderNumber.of(DAY, 12_345).value()).isEqualTo("B26120412345");
    }

    @Test
    void refusesWhatIsNoOrderNumber() {
        assertThatThrownBy(() -> OrderNumber.of(DAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("b2612040001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrderNumber("B26")).isInstanceOf(IllegalArgumentException.class);
    }
}
