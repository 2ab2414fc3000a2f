package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolynomialBasisTest {
    @Test
    void powersOfX() {
        assertThat(PolynomialBasis.of(3).apply(2.0)).containsExactly(1.0, 2.0, 4.0, 8.0);
        assertThat(PolynomialBasis.of(0).apply(7.0)).containsExactly(1.0);
        assertThat(PolynomialBasis.of(9).size()).isEqualTo(10);
    }

    @Test
    void negativeDegreeIsRefused() {
        assertThatThrownBy(() -> PolynomialBasis.of(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("degree: expected an integer >= 0, got -1");
    }
}
