package dev.zatta.gan.eval;

/**
 * A conditional generator's samples of one digit as judged by {@link QualityEvaluator#evaluateConditional}.
 * Immutable.
 *
 * @param digit           the digit the samples were drawn as
 * @param n               samples of it
 * @param recognised      samples the classifier calls this digit with confidence above the threshold
 * @param recognisedShare {@code recognised / n}
 * @param fid             Fréchet distance of the samples' classifier features to those of the digit's real images
 * @param fidFloor        the same distance between two disjoint random parts of the digit's real images, the
 *                        first of {@code floorSize}: what fresh real images would score
 * @param floorSize       the floor's sample size: n, or half the real images of the digit when they are fewer
 *                        than 2n
 * @param referenceSize   real images of the digit behind {@code fid}
 * @param realRecognisedShare the share of those real images the classifier recognises as the digit by the same
 *                        rule: what a perfect generator would score
 */
public record DigitQuality(int digit, int n, int recognised, double recognisedShare, double fid, double fidFloor,
        int floorSize, int referenceSize, double realRecognisedShare) {
    /** {@code fid / fidFloor}: how many times the floor the samples are. */
    public double fidOverFloor() {
        return fid / fidFloor;
    }

    /** {@code recognisedShare / realRecognisedShare}: the samples' share against real images' share. */
    public double recognisedOverReal() {
        return recognisedShare / realRecognisedShare;
    }
}
