package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassifierConfigTest {
    @Test
    void shippedSettings() {
        ClassifierTrainer.Config c = ClassifierTrainer.Config.shipped();
        assertThat(c).isEqualTo(new ClassifierTrainer.Config(7, 15, 64, 1e-3, 0.8, 2, 0.2));
        assertThat(c.withEpochs(2).epochs()).isEqualTo(2);
        assertThat(c.withEpochs(2).seed()).isEqualTo(7);
        assertThat(c.withSeed(9)).isEqualTo(new ClassifierTrainer.Config(9, 15, 64, 1e-3, 0.8, 2, 0.2));
    }

    @Test
    void shiftMovesPixelsAndFillsWithBackground() {
        float[] image = new float[784];
        image[0] = 1f; // top-left
        image[10 * 28 + 20] = 0.5f; // row 10, column 20
        float[] out = new float[784 + 3];
        ClassifierTrainer.shift(image, 2, -1, out, 3);
        assertThat(out[3 + 12 * 28 + 19]).isEqualTo(0.5f);
        // the top-left pixel moved left, off the image; rows 0..1 came from outside
        float sum = 0;
        for (float v : out) {
            sum += v;
        }
        assertThat(sum).isEqualTo(0.5f);
        float[] same = new float[784];
        ClassifierTrainer.shift(image, 0, 0, same, 0);
        assertThat(same).containsExactly(image);
    }

    @Test
    void badConfigsNameTheParameter() {
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 0, 32, 1e-3, 1, 0, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("epochs: expected >= 1, got 0");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 0, 1e-3, 1, 0, 0.2))
                .hasMessage("batchSize: expected >= 1, got 0");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 8, Double.NaN, 1, 0, 0.2))
                .hasMessage("learningRate: expected a finite value > 0, got NaN");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 8, 1e-3, 1.5, 0, 0.2))
                .hasMessage("learningRateDecay: expected a value in (0, 1], got 1.5");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 8, 1e-3, 1, 5, 0.2))
                .hasMessage("maxShift: expected 0..4 pixels, got 5");
        assertThatThrownBy(() -> new ClassifierTrainer.Config(1, 1, 8, 1e-3, 1, 0, 0))
                .hasMessage("heldOutFraction: expected a value in (0, 1), got 0.0");
    }
}
