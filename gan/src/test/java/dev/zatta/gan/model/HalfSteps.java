package dev.zatta.gan.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Halves of a training step and D's training-mode verdicts, for the tests of the label convention and the
 * gradients: built from {@link LayersStep}'s parts, each updating at most one network.
 */
final class HalfSteps {
    private HalfSteps() {}

    /** Only G's half of a step: G moves toward "D says REAL"; D is not changed. */
    static LossKind.Result generatorStepOnly(Dcgan model, INDArray z) {
        LayersStep parts = new LayersStep(model);
        INDArray fake = LayersStep.forward(model.generator(), z);
        LayersStep.GeneratorPass pass = parts.generatorGradient(fake);
        model.update(model.generator(), pass.gradient(), Math.toIntExact(z.size(0)));
        model.stepTaken();
        return pass.loss();
    }

    /** Only D's half of a step: D moves toward real → REAL, G(z) → FAKE; G is not changed. */
    static void discriminatorStepOnly(Dcgan model, INDArray real, INDArray z) {
        LayersStep parts = new LayersStep(model);
        INDArray fake = LayersStep.forward(model.generator(), z);
        model.update(model.discriminator(), parts.discriminatorGradient(real, fake).gradient(),
                Math.toIntExact(z.size(0)));
        model.stepTaken();
    }

    /** D's P(real) in training mode (batch statistics), as the losses see it. */
    static double[] pRealTraining(Dcgan model, INDArray images) {
        return model.architecture().loss().pReal(LayersStep.forward(model.discriminator(), images));
    }

    /** G's raw (undivided, per-example-summed) gradient for latent vectors z, without updating anything. */
    static INDArray generatorGradient(Dcgan model, INDArray z) {
        INDArray fake = LayersStep.forward(model.generator(), z);
        return new LayersStep(model).generatorGradient(fake).gradient().gradient().dup();
    }
}
