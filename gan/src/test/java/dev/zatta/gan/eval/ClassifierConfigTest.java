package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassifierConfigTest {
    @Test
    void shippedSettings() {
        ClassifierTrainer.Config c = ClassifierTrainer.Config.shipped();
        assertThat(c).isEqualTo(new ClassifierTrainer.Config(7, 12, 64, 1e-3, 0.2));
        assertThat(c.withEpochs(2).epochs()).isEqualTo(2);
        assertThat(c.withEpochs(2).seed()).isEqualTo(7);
    }

    @Test
    void badConfigsNameTheParameter() {
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 0, 32, 1e-3, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("epochs: expected >= 1, got 0");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 0, 1e-3, 0.2))
                .hasMessage("batchSize: expected >= 1, got 0");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 8, Double.NaN, 0.2))
                .hasMessage("learningRate: expected a finite value > 0, got NaN");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 8, 1e-3, 0))
                .hasMessage("heldOutFraction: expected a value in (0, 1), got 0.0");
    }
}
