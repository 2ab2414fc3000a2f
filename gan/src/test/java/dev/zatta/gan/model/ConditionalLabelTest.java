package dev.zatta.gan.model;

import static dev.zatta.gan.model.LabelConventionTest.images;
import static dev.zatta.gan.model.LabelConventionTest.mean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The conditional model's K + 1 classes (digits 0..9, then FAKE = 10): G's sample of digit k is pushed toward
 * class k, D's real k toward k and its fakes toward FAKE, in the style of {@link LabelConventionTest}.
 */
class ConditionalLabelTest {
    private static final Architecture TINY = new Architecture(8, 4, LossKind.SOFTMAX, Architecture.DIGITS);

    private static int[] labels(int n) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = (3 * i + 1) % 10;
        }
        return l;
    }

    private static double meanOf(double[] p, int[] classes, int wanted, boolean equal) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < p.length; i++) {
            if ((classes[i] == wanted) == equal) {
                s += p[i];
                n++;
            }
        }
        return s / n;
    }

    @Test
    void theLastClassIsFakeAndTheLossHasTheSoftmaxClosedForm() {
        assertThat(TINY.logits()).isEqualTo(11);
        assertThat(TINY.fakeClasses(2)).containsExactly(10, 10);
        assertThat(TINY.realClasses(new int[] {4, 7}, 2)).containsExactly(4, 7);
        double[] row = {0.5, -1, 2, 0, 0, 0, 0, 0, 0, 0.3, 1.5};
        INDArray logits = Nd4j.createFromArray(new double[][] {row});
        double z = 0;
        for (double v : row) {
            z += Math.exp(v);
        }
        LossKind.Result r = LossKind.SOFTMAX.evaluate(logits, new int[] {2});
        assertThat(r.loss()).isCloseTo(Math.log(z) - 2, within(1e-12));
        assertThat(r.pReal()[0]).as("P(not fake)").isCloseTo(1 - Math.exp(1.5) / z, within(1e-12));
        assertThat(r.gradient().getDouble(0, 2)).isCloseTo(Math.exp(2) / z - 1, within(1e-12));
        assertThat(r.gradient().getDouble(0, 10)).isCloseTo(Math.exp(1.5) / z, within(1e-12));
        assertThat(LossKind.SOFTMAX.pClass(logits, new int[] {9})[0]).isCloseTo(Math.exp(0.3) / z, within(1e-12));
        LossKind.Result fake = LossKind.SOFTMAX.evaluate(logits, new int[] {10});
        assertThat(fake.loss()).isCloseTo(Math.log(z) - 1.5, within(1e-12));
    }

    @Test
    void theGeneratorGetsZWithTheOneHotDigitAppended() {
        INDArray z = Nd4j.createFromArray(new float[][] {{0.5f, -0.25f}, {1f, 0f}});
        Architecture arch = new Architecture(2, 4, LossKind.SOFTMAX, 3);
        assertThat(arch.generatorInput(z, new int[] {2, 0}).toFloatMatrix())
                .isEqualTo(new float[][] {{0.5f, -0.25f, 0, 0, 1}, {1, 0, 1, 0, 0}});
        assertThatThrownBy(() -> arch.generatorInput(z, null)).hasMessage(
                "labels: expected 2 class labels for a conditional model, got none");
        assertThatThrownBy(() -> arch.generatorInput(z, new int[] {0, 3})).hasMessage(
                "labels: expected classes 0..2, got 3");
        Architecture plain = new Architecture(2, 4, LossKind.SOFTMAX);
        assertThat(plain.generatorInput(z, null)).isSameAs(z);
        assertThatThrownBy(() -> plain.generatorInput(z, new int[] {0, 1})).hasMessage(
                "labels: expected none for an unconditional model, got 2");
    }

    @Test
    void aConditionalModelNeedsTheSoftmaxLoss() {
        assertThatThrownBy(() -> new Architecture(8, 4, LossKind.SIGMOID, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loss: a conditional model's discriminator is a softmax over the classes and fake"
                        + " (K + 1 classes, Salimans et al. 2016), so it needs softmax, got sigmoid");
    }

    @Test
    void theConditionalNetworksTakeZPlusTenAndEndInElevenLogits() {
        Dcgan model = Dcgan.create(Architecture.blogConditional(), 2e-4, 0.5, 1);
        INDArray z = GradientAgreementTest.z(3, 100, 1).castTo(DataType.FLOAT);
        List<INDArray> g = model.generator().feedForward(model.architecture().generatorInput(z, new int[] {0, 5, 9}),
                false);
        assertThat(g.get(0).shape()).containsExactly(3, 110);
        assertThat(g.get(1).shape()).containsExactly(3, 3 * 3 * 512);
        assertThat(g.get(g.size() - 1).shape()).containsExactly(3, 1, 28, 28);
        assertThat(model.generator().getLayer(0).getParam("W").shape()).containsExactly(110, 3 * 3 * 512);
        List<INDArray> d = model.discriminator().feedForward(images(3, 1), false);
        assertThat(d.get(d.size() - 1).shape()).containsExactly(3, 11);
        assertThat(model.generate(z, new int[] {1, 2, 3}).shape()).containsExactly(3, 1, 28, 28);
    }

    @Test
    void generatorStepPushesItsSampleOfDigitKTowardClassK() {
        Dcgan model = Dcgan.create(TINY, 1e-2, 0.5, 3);
        INDArray z = GradientAgreementTest.z(20, 8, 4).castTo(DataType.FLOAT);
        int[] labels = labels(20);
        INDArray dBefore = model.discriminator().params().dup();
        MultiLayerNetwork g = model.generator();
        double before = mean(HalfSteps.pClassTraining(model, g.output(TINY.generatorInput(z, labels), true), labels));
        for (int i = 0; i < 3; i++) {
            HalfSteps.generatorStepOnly(model, z, labels);
        }
        double after = mean(HalfSteps.pClassTraining(model, g.output(TINY.generatorInput(z, labels), true), labels));
        assertThat(after).as("D's P(class k) of G(z, k) after G steps").isGreaterThan(before + 0.01);
        assertThat(model.discriminator().params()).as("G's step leaves D alone").isEqualTo(dBefore);
    }

    @Test
    void discriminatorStepPushesRealKTowardKAndFakesTowardFake() {
        Dcgan model = Dcgan.create(TINY, 1e-2, 0.5, 3);
        INDArray z = GradientAgreementTest.z(20, 8, 4).castTo(DataType.FLOAT);
        int[] labels = labels(20);
        INDArray real = images(20, 9);
        INDArray gBefore = model.generator().params().dup();
        INDArray fake = model.generator().output(TINY.generatorInput(z, labels), true);
        int[] fakeClass = TINY.fakeClasses(20);
        double realBefore = mean(HalfSteps.pClassTraining(model, real, labels));
        double fakeBefore = mean(HalfSteps.pClassTraining(model, fake, fakeClass));
        // another digit's class for the same real images: D should not learn "real" alone
        int[] wrong = new int[20];
        for (int i = 0; i < 20; i++) {
            wrong[i] = (labels[i] + 5) % 10;
        }
        double wrongBefore = mean(HalfSteps.pClassTraining(model, real, wrong));
        for (int i = 0; i < 3; i++) {
            HalfSteps.discriminatorStepOnly(model, real, labels, z);
        }
        double realAfter = mean(HalfSteps.pClassTraining(model, real, labels));
        assertThat(realAfter).as("P(class k | real k)").isGreaterThan(realBefore + 0.05);
        assertThat(mean(HalfSteps.pClassTraining(model, fake, fakeClass))).as("P(fake | G(z, k))")
                .isGreaterThan(fakeBefore + 0.05);
        assertThat(mean(HalfSteps.pClassTraining(model, real, wrong))).as("P(another digit | real k)")
                .isLessThan(wrongBefore);
        assertThat(model.generator().params()).isEqualTo(gBefore);
    }
}
