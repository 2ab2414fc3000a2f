package dev.zatta.gan.model;

/**
 * The label convention of the blog's discriminator, named once for the whole module.
 *
 * <p>The discriminator D ends in logits. With {@link LossKind#SOFTMAX} (the blog's loss) there are two
 * logits and the class index is {@link #index()}: <b>class 0 = REAL, class 1 = FAKE</b>. D learns
 * real images → {@link #REAL} and generated images G(z) → {@link #FAKE}; the generator learns
 * G(z) → {@link #REAL}. With {@link LossKind#SIGMOID} there is one logit whose sigmoid is P(REAL).
 *
 * <p>In both cases {@code P(real)} is what the per-epoch grids print above each image. Public DL4J GAN
 * examples often say "real = 1" in a comment while labelling real as 0; here every label comes from
 * this enum, and {@code LabelConventionTest} checks that one generator step raises D's P(real) of
 * its samples.
 */
public enum Label {
    /** A training image. Softmax class 0; sigmoid target 1. */
    REAL(0),
    /** An image from the generator. Softmax class 1; sigmoid target 0. */
    FAKE(1);

    private final int index;

    Label(int index) {
        this.index = index;
    }

    /** The softmax class index: 0 for REAL, 1 for FAKE. */
    public int index() {
        return index;
    }

    /** The sigmoid target, P(real): 1 for REAL, 0 for FAKE. */
    public double sigmoidTarget() {
        return this == REAL ? 1.0 : 0.0;
    }
}
