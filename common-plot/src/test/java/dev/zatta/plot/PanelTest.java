package dev.zatta.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PanelTest {
    private static final double[] X = {1, 2, 3};

    @Test
    void aPanelNeedsALayer() {
        assertThatThrownBy(() -> Panel.builder().title("empty").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("panel 'empty' has no layers; expected at least one Layer");
    }

    @Test
    void legendNamesMustBeDistinct() {
        assertThatThrownBy(() -> Panel.builder().title("p")
                        .add(Layer.line("a", X, X)).add(Layer.scatter("a", X, X)).build())
                .hasMessage("panel 'p': two layers are named 'a'; expected distinct legend names");
        // unnamed layers may repeat
        assertThat(Panel.builder().add(Layer.line("", X, X)).add(Layer.line("", X, X)).build().layers())
                .hasSize(2);
    }

    @Test
    void logYRefusesNonPositiveValuesNamingTheSeries() {
        assertThatThrownBy(() -> Panel.builder().title("curves").logY(true)
                        .add(Layer.line("loss_d", X, new double[] {1, 0.5, 0})).build())
                .hasMessage("panel 'curves': log-scale y needs positive values but line series 'loss_d' has"
                        + " y[2] = 0.0");
        assertThatThrownBy(() -> Panel.builder().logY(true)
                        .add(Layer.band("m", X, new double[] {1, 1, 1}, new double[] {0.5, 1.5, 0.5})).build())
                .hasMessage("panel (untitled): log-scale y needs positive values but band series 'm' has"
                        + " mean[1] - sd[1] = -0.5");
        assertThatThrownBy(() -> Panel.builder().logY(true).yRange(0, 1).add(Layer.line("a", X, X)).build())
                .hasMessage("panel (untitled): log-scale y needs yRange lo > 0 but got lo = 0.0");
        assertThatThrownBy(() -> Panel.builder().logY(true).add(Layer.bars("b", X, X)).build())
                .hasMessage("panel (untitled): bars series 'b' cannot be drawn on a log-scale y axis;"
                        + " expected logY(false) for bars");
    }

    @Test
    void rangesMustBeOrderedAndFinite() {
        assertThatThrownBy(() -> Panel.builder().xRange(1, 1))
                .hasMessage("xRange = [1.0, 1.0]; expected finite limits with lo < hi");
        assertThatThrownBy(() -> Panel.builder().yRange(Double.NaN, 1))
                .hasMessage("yRange = [NaN, 1.0]; expected finite limits with lo < hi");
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> Panel.builder().add(null))
                .hasMessage("layer 0 is null; expected a Layer");
        assertThatThrownBy(() -> Panel.builder().title(null))
                .hasMessage("title is null; expected a string (\"\" for none)");
    }

    @Test
    void aPanelAloneRendersAtTheDefaultSize() {
        Panel p = Panel.builder().add(Layer.line("a", X, X)).build();
        assertThat(p.render().getWidth()).isEqualTo(480);
        assertThat(p.render().getHeight()).isEqualTo(360);
    }
}
