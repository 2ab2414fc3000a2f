package dev.zatta.gan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zatta.gan.ReferenceCases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ModeSeekingTest {

    /** Cases computed by mode_seeking_reference.py with PyTorch autograd. */
    @TestFactory
    List<DynamicTest> matchesThePyTorchReference() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : ReferenceCases.read(ModeSeekingTest.class, "mode-seeking-reference.json")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> {
                INDArray x = Nd4j.createFromArray(ReferenceCases.matrix(c.get("x")));
                INDArray z = Nd4j.createFromArray(ReferenceCases.matrix(c.get("z")));
                int[] labels = c.get("labels").isNull() ? null : ReferenceCases.ints(c.get("labels"));
                ModeSeeking.Term t = new ModeSeeking(c.get("weight").asDouble()).term(x, z, labels);
                assertThat(t.ratio()).isCloseTo(c.get("ratio").asDouble(), within(1e-12));
                assertThat(t.value()).isCloseTo(c.get("value").asDouble(), within(1e-10));
                double[][] expected = ReferenceCases.matrix(c.get("gradient"));
                double[][] actual = t.gradient().toDoubleMatrix();
                for (int i = 0; i < expected.length; i++) {
                    for (int j = 0; j < expected[i].length; j++) {
                        assertThat(actual[i][j]).as("gradient [%d][%d]", i, j).isCloseTo(expected[i][j],
                                within(1e-10));
                    }
                }
            }));
        }
        assertThat(tests).hasSize(3);
        return tests;
    }

    @Test
    void pairsAreRowsOfTheSameLabelInOrder() {
        assertThat(ModeSeeking.pairs(new int[] {3, 1, 3, 1, 1, 3, 0}, 7))
                .containsExactly(new int[] {0, 2}, new int[] {1, 3});
        assertThat(ModeSeeking.pairs(new int[] {2, 2, 2, 2, 2}, 5)).containsExactly(new int[] {0, 1}, new int[] {2, 3});
        assertThat(ModeSeeking.pairs(null, 5)).containsExactly(new int[] {0, 1}, new int[] {2, 3});
        assertThat(ModeSeeking.pairs(new int[] {0, 1, 2}, 3)).isEmpty();
    }

    @Test
    void aBatchWithoutPairsGetsNoGradient() {
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 4);
        ModeSeeking.Term t = new ModeSeeking(1).term(x, Nd4j.rand(DataType.DOUBLE, 3, 2), new int[] {0, 1, 2});
        assertThat(t.value()).isZero();
        assertThat(t.gradient().sumNumber().doubleValue()).isZero();
        assertThat(t.gradient().shape()).containsExactly(3, 4);
    }

    @Test
    void theGradientHasTheImagesShapeAndPushesAPairApart() {
        INDArray x = Nd4j.createFromArray(new double[] {0.1, 0.2, 0.3, 0.4, 0.1, 0.2, 0.3, 0.5}).reshape(2, 1, 2, 2);
        INDArray z = Nd4j.createFromArray(new double[][] {{0.5}, {-0.5}});
        ModeSeeking.Term t = new ModeSeeking(1).term(x, z, null);
        assertThat(t.gradient().shape()).containsExactly(2, 1, 2, 2);
        // only the last pixel differs (0.4 < 0.5): a descent step lowers x_0 and raises x_1 there, nothing else moves
        assertThat(t.gradient().getDouble(0, 0, 1, 1)).isPositive();
        assertThat(t.gradient().getDouble(1, 0, 1, 1)).isNegative();
        assertThat(t.gradient().getDouble(0, 0, 0, 0)).isZero();
    }

    @Test
    void addingTheTermOffLeavesTheGradientAlone() {
        INDArray g = Nd4j.ones(DataType.DOUBLE, 2, 3);
        assertThat(ModeSeeking.NONE.add(Nd4j.rand(DataType.DOUBLE, 2, 3), Nd4j.rand(DataType.DOUBLE, 2, 2), null, g))
                .isZero();
        assertThat(g.sumNumber().doubleValue()).isEqualTo(6);
        assertThat(ModeSeeking.NONE.active()).isFalse();
    }

    @Test
    void aBadWeightIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> new ModeSeeking(-0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode-seeking: expected a weight >= 0, got -0.5");
        assertThatThrownBy(() -> new ModeSeeking(Double.NaN)).hasMessage("mode-seeking: expected a weight >= 0, got NaN");
        assertThatThrownBy(() -> new ModeSeeking(Double.POSITIVE_INFINITY))
                .hasMessage("mode-seeking: expected a weight >= 0, got Infinity");
    }
}
