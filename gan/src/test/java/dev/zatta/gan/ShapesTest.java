package dev.zatta.gan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShapesTest {
    @Test
    void generatorGoesThreeFourSixTenTwentyEight() {
        // the blog's comment says 3→4→5→10→28; s·(in−1) + k − 2p gives this
        assertThat(Shapes.generatorSizes()).containsExactly(3, 4, 6, 10, 28);
    }

    @Test
    void badArgumentsNameTheParameter() {
        assertThatThrownBy(() -> Shapes.deconvOutput(3, 2, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stride: expected >= 1, got 0");
    }
}
