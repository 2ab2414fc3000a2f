package dev.zatta.gan.model;

import static dev.zatta.gan.model.RandomArrays.uniform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.gan.model.gemm.Dl4jNetworks;
import dev.zatta.gan.model.gemm.GemmNetwork;
import dev.zatta.gan.model.gemm.Shape;
import java.util.List;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The channels-last path against DL4J's own layers: the same outputs, the same input gradients and the same
 * flattened parameter gradient (BN running-statistic entries included), in double precision. (To 1e-8, not
 * 1e-12: DL4J's LeakyReLU derivative, ND4J's lrelu_bp, uses α in single precision, 0.2f = 0.2 + 3·10⁻⁹.)
 */
class GemmNetworkTest {

    /** Asserts |a − b| ≤ tol·(1 + |b|) in the 2-norm. */
    private static void assertClose(String what, INDArray actual, INDArray expected, double tol) {
        assertThat(actual.shape()).as(what + " shape").isEqualTo(expected.shape());
        double diff = actual.castTo(DataType.DOUBLE).sub(expected.castTo(DataType.DOUBLE)).norm2Number().doubleValue();
        double ref = expected.castTo(DataType.DOUBLE).norm2Number().doubleValue();
        assertThat(ref).as(what + " is not trivially zero").isGreaterThan(0);
        assertThat(diff).as(what + ": |difference| against |reference| " + ref).isLessThanOrEqualTo(tol * (1 + ref));
    }

    private static void check(MultiLayerNetwork net, Shape inputShape, INDArray input, long seed, double tol) {
        // DL4J's reference
        net.setInput(input);
        List<INDArray> acts = net.feedForward(true, false);
        INDArray out = acts.get(acts.size() - 1).dup();
        INDArray dOut = uniform(seed, out.shape()).castTo(out.dataType());
        Pair<Gradient, INDArray> ref = net.backpropGradient(dOut, LayerWorkspaceMgr.noWorkspaces());
        INDArray refGrad = ref.getFirst().gradient().dup();
        INDArray refInput = ref.getSecond().dup();

        GemmNetwork fast = Dl4jNetworks.build(net, inputShape);
        fast.pullWeights();
        fast.zeroGradients();
        net.getFlattenedGradients().assign(Double.NaN);
        INDArray fastOut = fast.forward(input);
        INDArray fastInput = fast.backward(dOut, true, true);
        fast.pushGradients();

        assertClose("output", fastOut, out, tol);
        assertClose("input gradient", fastInput, refInput, tol);
        assertClose("parameter gradient", net.getFlattenedGradients().reshape(refGrad.length()),
                refGrad.reshape(refGrad.length()), tol);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void tinyNetworksAgreeWithDl4jInDoublePrecision(LossKind loss) {
        Architecture arch = new Architecture(6, 2, loss);
        Dcgan model = GradientAgreementTest.withNonZeroBiases(Dcgan.create(arch, 2e-4, 0.5, 5, DataType.DOUBLE));
        check(model.generator(), new Shape.Flat(arch.zDim()), uniform(1, 5, arch.zDim()), 2, 1e-8);
        check(model.discriminator(), new Shape.Grid(28, 28, 1), uniform(3, 5, 1, 28, 28), 4, 1e-8);
    }

    /** The conditional model's changes: G's dense input z + one-hot (zDim + 10), D's K + 1 = 11 logits. */
    @org.junit.jupiter.api.Test
    void conditionalNetworksAgreeWithDl4jInDoublePrecision() {
        Architecture arch = new Architecture(6, 2, LossKind.SOFTMAX, Architecture.DIGITS);
        Dcgan model = GradientAgreementTest.withNonZeroBiases(Dcgan.create(arch, 2e-4, 0.5, 5, DataType.DOUBLE));
        INDArray input = arch.generatorInput(uniform(1, 5, arch.zDim()), new int[] {0, 3, 9, 3, 7});
        check(model.generator(), new Shape.Flat(arch.generatorInputs()), input, 2, 1e-8);
        check(model.discriminator(), new Shape.Grid(28, 28, 1), uniform(3, 5, 1, 28, 28), 4, 1e-8);
    }

    @org.junit.jupiter.api.Test
    void blogSizedConditionalNetworksAgreeWithDl4jInSinglePrecision() {
        Architecture arch = Architecture.blogConditional();
        Dcgan model = Dcgan.create(arch, 2e-4, 0.5, 9);
        INDArray input = arch.generatorInput(uniform(1, 8, arch.zDim()).castTo(DataType.FLOAT),
                new int[] {0, 1, 2, 3, 4, 5, 6, 9});
        check(model.generator(), new Shape.Flat(arch.generatorInputs()), input, 2, 1e-4);
        check(model.discriminator(), new Shape.Grid(28, 28, 1), uniform(3, 8, 1, 28, 28).castTo(DataType.FLOAT), 4, 1e-4);
    }

    @org.junit.jupiter.api.Test
    void blogSizedNetworksAgreeWithDl4jInSinglePrecision() {
        Architecture arch = Architecture.blog(LossKind.SOFTMAX);
        Dcgan model = Dcgan.create(arch, 2e-4, 0.5, 9);
        check(model.generator(), new Shape.Flat(arch.zDim()), uniform(1, 8, arch.zDim()).castTo(DataType.FLOAT),
                2, 1e-4);
        check(model.discriminator(), new Shape.Grid(28, 28, 1), uniform(3, 8, 1, 28, 28).castTo(DataType.FLOAT), 4, 1e-4);
    }

    /**
     * Whole training steps: parameters, Adam state, BN running statistics and the reported numbers. (Adam divides
     * by the root of small second moments, which lifts the 10⁻⁹ differences of α to ~10⁻⁸ after three steps; a
     * real mistake, such as another slope at LeakyReLU's kink, shows up as differences of 0.1.)
     */
    @ParameterizedTest
    @EnumSource(LossKind.class)
    void stepsEqualTheLayerPathsSteps(LossKind loss) {
        stepsAgree(new Architecture(6, 2, loss));
    }

    @org.junit.jupiter.api.Test
    void conditionalStepsEqualTheLayerPathsSteps() {
        stepsAgree(new Architecture(6, 2, LossKind.SOFTMAX, Architecture.DIGITS));
    }

    /** With the mode-seeking term (train --conditional's default), which both engines add to G's error. */
    @org.junit.jupiter.api.Test
    void conditionalStepsWithModeSeekingEqualTheLayerPathsSteps() {
        Architecture arch = new Architecture(6, 2, LossKind.SOFTMAX, Architecture.DIGITS);
        Dcgan with = stepsAgree(arch, new ModeSeeking(1));
        Dcgan without = stepsAgree(arch, ModeSeeking.NONE);
        assertThat(with.generator().params().sub(without.generator().params()).norm2Number().doubleValue())
                .as("the term changed G's steps").isGreaterThan(1e-3);
        assertThat(with.discriminator().params().sub(without.discriminator().params()).norm2Number().doubleValue())
                .as("and, through G's images, D's later steps").isGreaterThan(0);
    }

    private static void stepsAgree(Architecture arch) {
        stepsAgree(arch, ModeSeeking.NONE);
    }

    /** Three steps of each engine agree; returns the gemm engine's model. */
    private static Dcgan stepsAgree(Architecture arch, ModeSeeking modeSeeking) {
        Dcgan fast = Dcgan.create(arch, 1e-2, 0.5, 21, DataType.DOUBLE);
        Dcgan layers = Dcgan.create(arch, 1e-2, 0.5, 21, DataType.DOUBLE);
        TrainingStep fastStep = Engine.GEMM.stepFor(fast, modeSeeking);
        TrainingStep layersStep = Engine.LAYERS.stepFor(layers, modeSeeking);
        for (int s = 0; s < 3; s++) {
            INDArray real = uniform(100 + s, 6, 1, 28, 28);
            INDArray z = uniform(200 + s, 6, arch.zDim());
            int[] labels = arch.conditional() ? new int[] {s, 9, 4, s + 1, 0, 9} : null;
            StepResult a = fastStep.step(real, labels, z);
            StepResult b = layersStep.step(real, labels, z);
            assertThat(a.lossD()).isCloseTo(b.lossD(), org.assertj.core.api.Assertions.within(1e-7));
            assertThat(a.lossG()).isCloseTo(b.lossG(), org.assertj.core.api.Assertions.within(1e-7));
            assertThat(a.dFake()).isCloseTo(b.dFake(), org.assertj.core.api.Assertions.within(1e-7));
        }
        for (String net : List.of("G", "D")) {
            MultiLayerNetwork a = net.equals("G") ? fast.generator() : fast.discriminator();
            MultiLayerNetwork b = net.equals("G") ? layers.generator() : layers.discriminator();
            for (java.util.Map.Entry<String, INDArray> e : b.paramTable().entrySet()) {
                // a bias followed by batch normalization has a gradient of exactly 0, so both paths move it by
                // Adam-normalised rounding noise (~1e-8), and the next BN's running mean follows that bias
                boolean noise = e.getKey().endsWith("_b") && e.getValue().norm2Number().doubleValue() < 1e-6
                        || e.getKey().endsWith("_mean");
                double tol = noise ? 1e-6 : 1e-7;
                assertClose(net + " " + e.getKey(), a.paramTable().get(e.getKey()), e.getValue(), tol);
            }
        }
        assertClose("G Adam state", fast.generator().getUpdater().getStateViewArray(),
                layers.generator().getUpdater().getStateViewArray(), 1e-7);
        assertClose("D Adam state", fast.discriminator().getUpdater().getStateViewArray(),
                layers.discriminator().getUpdater().getStateViewArray(), 1e-7);
        assertThat(fast.generator().params().sub(Dcgan.create(arch, 1e-2, 0.5, 21, DataType.DOUBLE).generator()
                .params()).norm2Number().doubleValue()).as("the steps changed G").isGreaterThan(1e-3);
        return fast;
    }

    @org.junit.jupiter.api.Test
    void layersOutsideTheBlogsKindsAreRefusedNamingTheLayer() {
        MultiLayerNetwork pool = new MultiLayerNetwork(new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder()
                .list()
                .layer(new org.deeplearning4j.nn.conf.layers.SubsamplingLayer.Builder(2, 2).stride(2, 2).build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.convolutional(4, 4, 1))
                .build());
        pool.init();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dl4jNetworks.build(pool, new Shape.Grid(4, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 0 (SubsamplingLayer \"layer0\"): not supported by the channels-last engine; "
                        + "expected DenseLayer, ConvolutionLayer or Deconvolution2D with stride = kernel, "
                        + "BatchNormalization or ActivationLayer");
        MultiLayerNetwork overlapping = new MultiLayerNetwork(
                new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder()
                        .convolutionMode(org.deeplearning4j.nn.conf.ConvolutionMode.Truncate)
                        .list()
                        .layer(new org.deeplearning4j.nn.conf.layers.ConvolutionLayer.Builder(4, 4).stride(2, 2)
                                .nIn(1).nOut(2).build())
                        .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.convolutional(8, 8, 1))
                        .build());
        overlapping.init();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dl4jNetworks.build(overlapping, new Shape.Grid(8, 8, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("layer 0 (ConvolutionLayer \"layer0\"): expected a square kernel with stride = kernel, "
                        + "equal padding, no dilation, Truncate mode and a bias, got kernel 4x4, stride 2x2, "
                        + "padding 0x0, dilation 1x1, mode Truncate");
    }
}
