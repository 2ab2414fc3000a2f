package dev.zatta.gan.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How far the predicted digits are from covering the targets evenly: the largest |share of digit d − 1/T|
     * over the T target digits, with share = {@code predictedHistogram[d] / n} (0: every target digit got exactly
     * its share; an unconditional GAN that drops a digit scores at least 1/T). NaN for a single target digit.
     */
    public double coverageDeviation() {
        if (targetDigits.size() < 2) {
            return Double.NaN;
        }
        double worst = 0;
        for (int d : targetDigits) {
            worst = Math.max(worst, Math.abs((double) predictedHistogram.get(d) / n - 1.0 / targetDigits.size()));
        }
        return worst;
    }

    /**
     * The report as one JSON object with keys in a fixed order, {@code ": "} and {@code ", "} between the
     * parts; shares and probabilities with 4 decimals, the FID with 3, a non-finite number as {@code null}.
     * With more than one target digit {@code coverage_max_deviation} ({@link #coverageDeviation()}) follows the
     * histogram.
     */
    public String toJson() {
        return json(this::write);
    }

    /** A writer of one JSON value. */
    interface JsonWriter {
        void write(JsonGenerator g) throws IOException;
    }

    /** One JSON value written by {@code writer} in this class's one-line style. */
    static String json(JsonWriter writer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new Spaced());
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    void write(JsonGenerator g) throws IOException {
        {
            g.writeStartObject();
            g.writeNumberField("n", n);
            g.writeArrayFieldStart("target_digits");
            for (int d : targetDigits) {
                g.writeNumber(d);
            }
            g.writeEndArray();
            number(g, "confidence_threshold", confidenceThreshold, 2);
            g.writeNumberField("recognised", recognised);
            number(g, "recognised_share", recognisedShare, 4);
            number(g, "mean_confidence", meanConfidence, 4);
            g.writeObjectFieldStart("predicted_histogram");
            for (int d = 0; d < predictedHistogram.size(); d++) {
                g.writeNumberField(Integer.toString(d), predictedHistogram.get(d));
            }
            g.writeEndObject();
            if (targetDigits.size() > 1) {
                number(g, "coverage_max_deviation", coverageDeviation(), 4);
            }
            number(g, "fid", fid, 3);
            g.writeNumberField("fid_reference_size", referenceSize);
            number(g, "classifier_held_out_accuracy", classifierHeldOutAccuracy, 4);
            g.writeEndObject();
        }
    }

    /** A number with a fixed count of decimals (as {@code %.Nf} rounds), or null when it is not finite. */
    static void number(JsonGenerator g, String name, double v, int decimals) throws IOException {
        g.writeFieldName(name);
        if (Double.isFinite(v)) {
            g.writeNumber(String.format(Locale.ROOT, "%." + decimals + "f", v));
        } else {
            g.writeNull();
        }
    }

    /** One line, with a space after every colon and comma. */
    private static final class Spaced extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
