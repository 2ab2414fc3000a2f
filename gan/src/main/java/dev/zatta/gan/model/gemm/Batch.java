package dev.zatta.gan.model.gemm;

/**
 * The examples one forward or backward call holds: {@code segments} equal batches one after the other
 * (D's real and fake images pass together), {@code images} examples in all. Batch normalization computes its
 * statistics per segment, as separate passes would. Immutable.
 *
 * @param images   examples in all segments together
 * @param segments how many equal, independently normalised batches they form
 */
public record Batch(int images, int segments) {
    public Batch {
        if (segments < 1 || images < segments || images % segments != 0) {
            throw new IllegalArgumentException("batch: expected images a positive multiple of segments, got "
                    + images + " images in " + segments + " segments");
        }
    }
}
