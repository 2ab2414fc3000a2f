package dev.zatta.gan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Class 0 = REAL: the generator is pushed toward REAL, the discriminator toward telling them apart. */
class LabelConventionTest {
    static INDArray images(int n, long seed) {
        return GradientAgreementTest.z(n, 28 * 28, seed).reshape(n, 1, 28, 28).castTo(DataType.FLOAT);
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    @Test
    void classZeroIsReal() {
        assertThat(Label.REAL.index()).isZero();
        assertThat(Label.FAKE.index()).isOne();
        // logits favouring class 0 mean "real"
        INDArray logits = Nd4j.createFromArray(new double[][] {{3, -3}});
        assertThat(LossKind.SOFTMAX.pReal(logits)[0]).isGreaterThan(0.99);
        assertThat(LossKind.SIGMOID.pReal(Nd4j.createFromArray(new double[][] {{3}}))[0]).isGreaterThan(0.95);
    }

    @Test
    void lossesAgainstClosedForms() {
        INDArray l = Nd4j.createFromArray(new double[][] {{1.0, -0.5}, {0.2, 0.3}});
        LossKind.Result r = LossKind.SOFTMAX.evaluate(l, Label.REAL);
        double l0 = Math.log(1 + Math.exp(-1.5));          // −log softmax_0 of (1, −0.5)
        double l1 = Math.log(1 + Math.exp(0.1));           // −log softmax_0 of (0.2, 0.3)
        assertThat(r.loss()).isCloseTo((l0 + l1) / 2, within(1e-12));
        double p0 = 1 / (1 + Math.exp(-1.5));
        assertThat(r.pReal()[0]).isCloseTo(p0, within(1e-12));
        assertThat(r.gradient().getDouble(0, 0)).isCloseTo(p0 - 1, within(1e-12));
        assertThat(r.gradient().getDouble(0, 1)).isCloseTo(1 - p0, within(1e-12));

        INDArray s = Nd4j.createFromArray(new double[][] {{2.0}, {-1.0}});
        LossKind.Result f = LossKind.SIGMOID.evaluate(s, Label.FAKE);
        assertThat(f.loss()).isCloseTo((Math.log(1 + Math.exp(2)) + Math.log(1 + Math.exp(-1))) / 2, within(1e-12));
        assertThat(f.gradient().getDouble(0, 0)).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void generatorStepRaisesDsProbabilityThatItsSamplesAreReal(LossKind kind) {
        Dcgan model = Dcgan.create(new Architecture(8, 4, kind), 1e-2, 0.5, 3);
        INDArray z = GradientAgreementTest.z(16, 8, 4).castTo(DataType.FLOAT);
        INDArray dBefore = model.discriminator().params().dup();
        double before = mean(HalfSteps.pRealTraining(model, model.generator().output(z, true)));
        for (int i = 0; i < 3; i++) {
            HalfSteps.generatorStepOnly(model, z);
        }
        double after = mean(HalfSteps.pRealTraining(model, model.generator().output(z, true)));
        assertThat(after).as("D's P(real) of G(z) after G steps").isGreaterThan(before + 0.01);
        assertThat(model.discriminator().params()).as("G's step leaves D alone").isEqualTo(dBefore);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void discriminatorStepSeparatesRealFromFake(LossKind kind) {
        Dcgan model = Dcgan.create(new Architecture(8, 4, kind), 1e-2, 0.5, 3);
        INDArray z = GradientAgreementTest.z(16, 8, 4).castTo(DataType.FLOAT);
        INDArray real = images(16, 9);
        INDArray gBefore = model.generator().params().dup();
        INDArray fake = model.generator().output(z, true);
        double gapBefore = mean(HalfSteps.pRealTraining(model, real)) - mean(HalfSteps.pRealTraining(model, fake));
        for (int i = 0; i < 3; i++) {
            HalfSteps.discriminatorStepOnly(model, real, z);
        }
        double gapAfter = mean(HalfSteps.pRealTraining(model, real)) - mean(HalfSteps.pRealTraining(model, fake));
        assertThat(gapAfter).as("P(real | real) − P(real | fake)").isGreaterThan(gapBefore + 0.05);
        assertThat(model.generator().params()).isEqualTo(gBefore);
    }

    @Test
    void aFewStepsOnATinyFixtureLowerDsLoss() {
        Dcgan model = Dcgan.create(new Architecture(8, 4, LossKind.SOFTMAX), 2e-3, 0.5, 5);
        TrainingStep step = Engine.GEMM.stepFor(model);
        INDArray real = images(16, 1);
        double first = 0;
        double last = 0;
        for (int i = 0; i < 8; i++) {
            StepResult r = step.step(real, GradientAgreementTest.z(16, 8, 100 + i).castTo(DataType.FLOAT));
            assertThat(r.finite()).isTrue();
            if (i == 0) {
                first = r.lossD();
            }
            last = r.lossD();
        }
        assertThat(last).isLessThan(first);
        assertThat(model.steps()).isEqualTo(8);
    }
}
