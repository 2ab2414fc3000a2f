package dev.zatta.gan.model;

import static dev.zatta.gan.model.RandomArrays.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The average of G's weights against its recurrence written out in Java doubles, its warm-up, what draws the
 * samples, and that it leaves training alone.
 */
class GeneratorAverageTest {
    private static final Architecture ARCH = new Architecture(6, 2, LossKind.SOFTMAX, Architecture.DIGITS);

    /** Steps of the engine on fixed batches; returns G's parameters after each step (first: before any). */
    private static List<double[]> train(Dcgan model, Engine engine, int steps) {
        TrainingStep step = engine.stepFor(model, new ModeSeeking(1));
        List<double[]> params = new ArrayList<>();
        params.add(model.generator().params().toDoubleVector());
        for (int s = 0; s < steps; s++) {
            step.step(uniform(100 + s, 6, 1, 28, 28), new int[] {s % 10, 9, 4, 4, 0, 9}, uniform(200 + s, 6, 6));
            params.add(model.generator().params().toDoubleVector());
        }
        return params;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theAverageIsTheWarmedUpRecurrenceOverEveryStepOfEitherEngine(Engine engine) {
        double beta = 0.5; // reached at step 8, where (1 + t) / (10 + t) passes it: the warm-up and the plain decay
        Dcgan model = Dcgan.create(ARCH, 1e-2, 0.5, 21, DataType.DOUBLE).withGeneratorAverage(beta);
        List<double[]> live = train(model, engine, 12);
        double[] expected = live.get(0).clone();
        for (int t = 1; t < live.size(); t++) {
            double b = Math.min(beta, (1.0 + t) / (10.0 + t));
            for (int i = 0; i < expected.length; i++) {
                expected[i] = b * expected[i] + (1 - b) * live.get(t)[i];
            }
        }
        double[] actual = model.generatorAverage().network().params().toDoubleVector();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("parameter %d", i).isCloseTo(expected[i], within(1e-12));
        }
        assertThat(model.generatorAverage().decayAt(1)).isEqualTo(2.0 / 11);
        assertThat(model.generatorAverage().decayAt(7)).isEqualTo(8.0 / 17);
        assertThat(model.generatorAverage().decayAt(8)).isEqualTo(0.5);
        assertThat(Dcgan.create(ARCH, 1e-2, 0.5, 21).withGeneratorAverage(0.99).generatorAverage().decayAt(1_000_000))
                .isEqualTo(0.99);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void samplesComeFromTheAverageWhileTrainingIsUnchanged(Engine engine) {
        Dcgan averaged = Dcgan.create(ARCH, 1e-2, 0.5, 21, DataType.DOUBLE).withGeneratorAverage(0.9);
        Dcgan plain = Dcgan.create(ARCH, 1e-2, 0.5, 21, DataType.DOUBLE);
        List<double[]> a = train(averaged, engine, 4);
        List<double[]> p = train(plain, engine, 4);
        for (int t = 0; t < a.size(); t++) {
            assertThat(a.get(t)).as("G after step %d", t).containsExactly(p.get(t));
        }
        assertThat(averaged.discriminator().params()).isEqualTo(plain.discriminator().params());
        assertThat(averaged.steps()).isEqualTo(4);

        INDArray z = uniform(7, 3, 6);
        int[] digits = {7, 0, 3};
        INDArray input = ARCH.generatorInput(z, digits);
        assertThat(averaged.sampler()).isSameAs(averaged.generatorAverage().network());
        assertThat(averaged.generate(z, digits)).isEqualTo(averaged.generatorAverage().network().output(input, false));
        assertThat(plain.sampler()).isSameAs(plain.generator());
        assertThat(plain.generate(z, digits)).isEqualTo(plain.generator().output(input, false));
        double moved = averaged.generate(z, digits).sub(plain.generate(z, digits)).norm2Number().doubleValue();
        assertThat(moved).as("the average is not the last weights").isGreaterThan(1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1, 1.5, Double.NaN})
    void aDecayOutsideZeroToOneIsRefusedNamingTheOption(double decay) {
        Dcgan model = Dcgan.create(ARCH, 1e-2, 0.5, 21);
        assertThatThrownBy(() -> model.withGeneratorAverage(decay))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ema: expected 0 (no average) or a decay in (0, 1), got " + decay);
    }

    @org.junit.jupiter.api.Test
    void decayZeroKeepsNoAverageAndTheGeneratorDraws() {
        Dcgan model = Dcgan.create(ARCH, 1e-2, 0.5, 21);
        assertThat(model.withGeneratorAverage(0)).isSameAs(model);
        assertThat(model.generatorAverage()).isNull();
        assertThat(model.sampler()).isSameAs(model.generator());
    }
}
