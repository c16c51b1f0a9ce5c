package kz.zauyt.extract.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A count's metric names its product in the singular, as an analyst writes it ("bus production", not "buse"). */
class SingularTest {

    @Test
    void englishPluralsToTheirSingular() {
        String[][] cases = {{"buses", "bus"}, {"batteries", "battery"}, {"boxes", "box"}, {"switches", "switch"},
            {"houses", "house"}, {"tyres", "tyre"}, {"wagons", "wagon"}, {"glass", "glass"}, {"gas", "gas"}};
        for (String[] c : cases) {
            assertThat(FigureFinder.singular(c[0])).as(c[0]).isEqualTo(c[1]);
        }
    }
}
