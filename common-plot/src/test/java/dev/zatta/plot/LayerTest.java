package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class LayerTest {
    private static final double[] X = {0, 1, 2};
    private static final double[] Y = {1, 2, 3};

    @Test
    void nanIsRefusedNamingSeriesArrayAndIndex() {
        assertThatThrownBy(() -> Layer.scatter("data", X, new double[] {1, Double.NaN, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scatter series 'data': y[1] = NaN; expected a finite number");
    }

    @Test
    void infinityIsRefused() {
        assertThatThrownBy(() -> Layer.line("loss_d", new double[] {0, Double.POSITIVE_INFINITY, 2}, Y))
                .hasMessage("line series 'loss_d': x[1] = Infinity; expected a finite number");
    }

    @Test
    void emptySeriesIsRefused() {
        assertThatThrownBy(() -> Layer.dashedLine("truth", new double[0], new double[0]))
                .hasMessage("dashed line series 'truth': x is empty; expected at least one point");
    }

    @Test
    void mismatchedLengthsAreRefused() {
        assertThatThrownBy(() -> Layer.bars("lower bound", X, new double[] {1, 2}))
                .hasMessage("bars series 'lower bound': x has 3 values but y has 2; expected the same length");
        assertThatThrownBy(() -> Layer.band("mean", X, Y, new double[] {1}))
                .hasMessage("band series 'mean': x has 3 values but sd has 1; expected the same length");
    }

    @Test
    void negativeSigmaIsRefused() {
        assertThatThrownBy(() -> Layer.band("pred", X, Y, new double[] {0.1, -0.2, 0.3}))
                .hasMessage("band series 'pred': sd[1] = -0.2 is negative; expected a standard deviation >= 0");
    }

    @Test
    void nullNameAndNullArrayAreRefused() {
        assertThatThrownBy(() -> Layer.scatter(null, X, Y))
                .hasMessage("scatter series name is null; expected a legend label (\"\" for none)");
        assertThatThrownBy(() -> Layer.lineWithMarkers("m", X, null))
                .hasMessage("line with markers series 'm': y is null; expected an array of numbers");
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] x = X.clone();
        Layer layer = Layer.line("a", x, Y);
        x[0] = 99;
        layer.x()[1] = 99;
        assertThat(layer.x()).containsExactly(0, 1, 2);
        assertThat(layer.sd()).isEmpty();
        assertThat(Layer.band("b", X, Y, Y).sd()).containsExactly(1, 2, 3);
    }

    @Test
    void explicitColourIsKept() {
        Layer layer = Layer.line("a", X, Y).withColor(Color.RED);
        assertThat(layer.color()).contains(Color.RED);
        assertThat(Layer.line("a", X, Y).color()).isEmpty();
    }
}
