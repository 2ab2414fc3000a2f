package dev.zatta.gan.model;

import java.util.List;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The {@link TrainingStep} written with DL4J's own layers: {@code feedForward} for the forward passes,
 * {@code backpropGradient} with an external error (the loss's gradient from {@link LossKind}) for the
 * backward ones. A network keeps its layer inputs from its last forward pass, so each backward pass follows
 * the forward pass it belongs to. {@code GradientAgreementTest} checks the chained G gradient against one
 * stacked G+D network and finite differences. Not thread-safe.
 */
final class LayersStep implements TrainingStep {
    private final Dcgan model;
    private final ModeSeeking modeSeeking;

    LayersStep(Dcgan model, ModeSeeking modeSeeking) {
        this.model = model;
        this.modeSeeking = modeSeeking;
    }

    @Override
    public StepResult step(INDArray real, int[] labels, INDArray z) {
        int n = Dcgan.checkBatch(real, z);
        Architecture arch = model.architecture();
        int[] realClasses = arch.realClasses(labels, n);

        // 1. fake = G(z[, labels]); G keeps its layer inputs for the backward pass of step 3
        INDArray fake = forward(model.generator(), arch.generatorInput(z, labels));

        // 2. D step: real → REAL (its class), fake → FAKE, one update with the summed gradient
        DiscriminatorPass d = discriminatorGradient(real, realClasses, fake);
        model.update(model.discriminator(), d.gradient(), n);

        // 3. G step: the updated D(fake) → REAL (the class it was asked for); D's input gradient, plus the
        // mode-seeking term's, is G's error
        GeneratorPass g = generatorGradient(fake, realClasses, z, labels);
        model.update(model.generator(), g.gradient(), n);

        model.stepTaken();
        return new StepResult(d.onReal().loss() + d.onFake().loss(), g.loss().loss(), d.onReal().meanPReal(),
                d.onFake().meanPReal(), g.loss().meanPReal());
    }

    /** A network's output in training mode (batch statistics), keeping its layer inputs for a backward pass. */
    static INDArray forward(MultiLayerNetwork net, INDArray input) {
        net.setInput(input);
        List<INDArray> acts = net.feedForward(true, false);
        return acts.get(acts.size() - 1);
    }

    /** D's summed parameter gradient and losses of "real is REAL" and "fake is FAKE". */
    record DiscriminatorPass(Gradient gradient, LossKind.Result onReal, LossKind.Result onFake) {}

    /**
     * D's summed gradient of "real is {@code realClasses}" (unconditional: REAL) and "fake is FAKE"; nothing is
     * updated.
     */
    DiscriminatorPass discriminatorGradient(INDArray real, int[] realClasses, INDArray fake) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        MultiLayerNetwork d = model.discriminator();
        LossKind loss = model.architecture().loss();
        LossKind.Result onReal = loss.evaluate(forward(d, real), realClasses);
        INDArray realGrad = d.backpropGradient(onReal.gradient(), mgr).getFirst().gradient().dup();
        LossKind.Result onFake = loss.evaluate(forward(d, fake), model.architecture().fakeClasses(
                Math.toIntExact(fake.size(0))));
        Gradient dGrad = d.backpropGradient(onFake.gradient(), mgr).getFirst();
        dGrad.gradient().addi(realGrad);
        return new DiscriminatorPass(dGrad, onReal, onFake);
    }

    /** G's parameter gradient and the loss of "D(fake) is REAL". */
    record GeneratorPass(Gradient gradient, LossKind.Result loss) {}

    /**
     * G's gradient of the loss "D(fake) is {@code targets}" (unconditional: REAL; conditional: the class G was
     * asked for), plus this step's {@link ModeSeeking} term of the images made from {@code z} and {@code labels},
     * where {@code fake} is the output of G's last training-mode forward pass. D's parameter gradient from this
     * pass is discarded: only G changes.
     */
    GeneratorPass generatorGradient(INDArray fake, int[] targets, INDArray z, int[] labels) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        MultiLayerNetwork d = model.discriminator();
        LossKind.Result gLoss = model.architecture().loss().evaluate(forward(d, fake), targets);
        INDArray dInput = d.backpropGradient(gLoss.gradient(), mgr).getSecond();
        modeSeeking.add(fake, z, labels, dInput);
        Gradient gGrad = model.generator().backpropGradient(dInput, mgr).getFirst();
        return new GeneratorPass(gGrad, gLoss);
    }
}
