package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrayImageTest {
    @Test
    void wrongPixelCountIsRefused() {
        assertThatThrownBy(() -> GrayImage.of(28, 28, new double[780]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("image 28x28: pixels.length = 780; expected 784 (= 28 * 28)");
        assertThatThrownBy(() -> GrayImage.of(0, 28, new double[0]))
                .hasMessage("image size 0x28; expected width >= 1 and height >= 1");
    }

    @Test
    void valuesOutsideUnitIntervalOrNanAreRefusedNamingThePixel() {
        double[] p = new double[6];
        p[4] = 1.5;
        assertThatThrownBy(() -> GrayImage.of(3, 2, p))
                .hasMessage("image 3x2: pixel 4 (x=1, y=1) = 1.5; expected a value in [0, 1]");
        p[4] = Double.NaN;
        assertThatThrownBy(() -> GrayImage.of(3, 2, p))
                .hasMessage("image 3x2: pixel 4 (x=1, y=1) = NaN; expected a value in [0, 1]");
        p[4] = -2;
        assertThatThrownBy(() -> GrayImage.ofSigned(3, 2, p))
                .hasMessage("image 3x2: pixel 4 (x=1, y=1) = -2.0; expected a value in [-1, 1]");
    }

    @Test
    void rowMajorAndGrayLevels() {
        GrayImage g = GrayImage.of(3, 2, new double[] {0, 0.5, 1, 0.25, 0.75, 0.002});
        assertThat(g.get(2, 0)).isEqualTo(1.0);
        assertThat(g.get(0, 1)).isEqualTo(0.25);
        assertThat(g.gray(1, 0)).isEqualTo(128);
        assertThat(g.gray(2, 1)).isEqualTo(1);
        assertThat(g.gray(0, 0)).isZero();
        assertThat(g.gray(2, 0)).isEqualTo(255);
        assertThatThrownBy(() -> g.get(3, 0)).hasMessage("pixel (3, 0) is outside the 3x2 image");
    }

    @Test
    void floatPixelsAreAcceptedAndCheckedTheSameWay() {
        assertThat(GrayImage.of(2, 1, new float[] {0f, 0.5f}).pixels()).containsExactly(0, 0.5);
        assertThat(GrayImage.ofSigned(2, 1, new float[] {-1f, 1f}).pixels()).containsExactly(0, 1);
        assertThatThrownBy(() -> GrayImage.of(2, 2, new float[] {0f, 0.5f}))
                .hasMessage("image 2x2: pixels.length = 2; expected 4 (= 2 * 2)");
        assertThatThrownBy(() -> GrayImage.of(2, 1, new float[] {0f, Float.NaN}))
                .hasMessage("image 2x1: pixel 1 (x=1, y=0) = NaN; expected a value in [0, 1]");
    }

    @Test
    void signedValuesMapLinearlyToTheUnitInterval() {
        GrayImage g = GrayImage.ofSigned(3, 1, new double[] {-1, 0, 1});
        assertThat(g.pixels()).containsExactly(0, 0.5, 1);
    }
}
