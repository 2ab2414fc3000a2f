package dev.zatta.gan.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The quality of a set of generated digits as judged by {@link QualityEvaluator}. Immutable.
 *
 * @param n number of samples judged
 * @param targetDigits the digits the samples should show, ascending
 * @param confidenceThreshold the classifier confidence a sample needs to count as recognised
 * @param recognised samples whose most probable class is a target digit with probability above the threshold
 * @param recognisedShare {@code recognised / n}
 * @param meanConfidence mean over the samples of the classifier's largest class probability
 * @param predictedHistogram how many samples the classifier assigns to each class 0..9 (argmax)
 * @param fid Fréchet distance between Gaussians fitted to the classifier's feature-layer activations of the
 *     samples and of the reference images ("MNIST FID", squared, as FID is reported); depends on {@code n}:
 *     compare runs at equal {@code n}
 * @param referenceSize number of real images (embedded digits of the target set) behind the reference
 * @param classifierHeldOutAccuracy the classifier's accuracy on its held-out real digits
 */
public record QualityReport(int n, List<Integer> targetDigits, double confidenceThreshold, int recognised,
        double recognisedShare, double meanConfidence, List<Integer> predictedHistogram, double fid,
        int referenceSize, double classifierHeldOutAccuracy) {

    public QualityReport {
        targetDigits = List.copyOf(Objects.requireNonNull(targetDigits, "targetDigits"));
        predictedHistogram = List.copyOf(Objects.requireNonNull(predictedHistogram, "predictedHistogram"));
        if (predictedHistogram.size() != 10) {
            throw new IllegalArgumentException("predictedHistogram: expected 10 counts, got " + predictedHistogram.size());
        }
    }

    /**
     * The report as one JSON object with keys in a fixed order; shares and probabilities with 4 decimals,
     * the FID with 3, a non-finite number as {@code null}.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"n\": ").append(n);
        sb.append(", \"target_digits\": ").append(targetDigits);
        sb.append(", \"confidence_threshold\": ").append(number(confidenceThreshold, 2));
        sb.append(", \"recognised\": ").append(recognised);
        sb.append(", \"recognised_share\": ").append(number(recognisedShare, 4));
        sb.append(", \"mean_confidence\": ").append(number(meanConfidence, 4));
        sb.append(", \"predicted_histogram\": {");
        for (int d = 0; d < predictedHistogram.size(); d++) {
            sb.append(d == 0 ? "" : ", ").append('"').append(d).append("\": ").append(predictedHistogram.get(d));
        }
        sb.append('}');
        sb.append(", \"fid\": ").append(number(fid, 3));
        sb.append(", \"fid_reference_size\": ").append(referenceSize);
        sb.append(", \"classifier_held_out_accuracy\": ").append(number(classifierHeldOutAccuracy, 4));
        return sb.append('}').toString();
    }

    private static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "null";
    }
}
