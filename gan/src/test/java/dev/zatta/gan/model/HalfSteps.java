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
        return generatorStepOnly(model, z, null);
    }

    /** G's half of a step with the classes G is asked for (null for an unconditional model). */
    static LossKind.Result generatorStepOnly(Dcgan model, INDArray z, int[] labels) {
        LayersStep parts = new LayersStep(model, ModeSeeking.NONE);
        Architecture arch = model.architecture();
        int n = Math.toIntExact(z.size(0));
        INDArray fake = LayersStep.forward(model.generator(), arch.generatorInput(z, labels));
        LayersStep.GeneratorPass pass = parts.generatorGradient(fake, arch.realClasses(labels, n), z, labels);
        model.update(model.generator(), pass.gradient(), Math.toIntExact(z.size(0)));
        model.stepTaken();
        return pass.loss();
    }

    /** Only D's half of a step: D moves toward real → REAL, G(z) → FAKE; G is not changed. */
    static void discriminatorStepOnly(Dcgan model, INDArray real, INDArray z) {
        discriminatorStepOnly(model, real, null, z);
    }

    /** D's half of a step with the real images' classes (null for an unconditional model), G asked for the same. */
    static void discriminatorStepOnly(Dcgan model, INDArray real, int[] labels, INDArray z) {
        LayersStep parts = new LayersStep(model, ModeSeeking.NONE);
        Architecture arch = model.architecture();
        int n = Math.toIntExact(z.size(0));
        INDArray fake = LayersStep.forward(model.generator(), arch.generatorInput(z, labels));
        model.update(model.discriminator(), parts.discriminatorGradient(real, arch.realClasses(labels, n), fake)
                .gradient(), n);
        model.stepTaken();
    }

    /** A conditional D's P(class labels[i]) in training mode (batch statistics). */
    static double[] pClassTraining(Dcgan model, INDArray images, int[] labels) {
        return model.architecture().loss().pClass(LayersStep.forward(model.discriminator(), images), labels);
    }

    /** D's P(real) in training mode (batch statistics), as the losses see it. */
    static double[] pRealTraining(Dcgan model, INDArray images) {
        return model.architecture().loss().pReal(LayersStep.forward(model.discriminator(), images));
    }

    /** G's raw (undivided, per-example-summed) gradient for latent vectors z, without updating anything. */
    static INDArray generatorGradient(Dcgan model, INDArray z) {
        INDArray fake = LayersStep.forward(model.generator(), z);
        return new LayersStep(model, ModeSeeking.NONE).generatorGradient(fake, model.architecture().realClasses(null,
                Math.toIntExact(z.size(0))), z, null).gradient().gradient().dup();
    }
}
