package dev.zatta.gan.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The quality of a conditional generator's samples, per digit and overall
 * ({@link QualityEvaluator#evaluateConditional}). Immutable.
 *
 * @param digits  one entry per digit asked for, ascending
 * @param overall all samples together: {@code recognised} counts the samples recognised as the digit they were
 *                drawn as, the FID compares them with the real images of all these digits
 */
public record ConditionalReport(List<DigitQuality> digits, QualityReport overall) {
    public ConditionalReport {
        digits = List.copyOf(Objects.requireNonNull(digits, "digits"));
        Objects.requireNonNull(overall, "overall");
    }

    /** The smallest per-digit share recognised. */
    public double worstRecognisedShare() {
        return digits.stream().mapToDouble(DigitQuality::recognisedShare).min().orElse(Double.NaN);
    }

    /** The largest per-digit {@link DigitQuality#fidOverFloor()}. */
    public double worstFidOverFloor() {
        return digits.stream().mapToDouble(DigitQuality::fidOverFloor).max().orElse(Double.NaN);
    }

    /**
     * One JSON object, in {@link QualityReport#toJson()}'s style: {@code per_digit} (digit, n, recognised,
     * recognised_share, fid, fid_floor, fid_over_floor, fid_floor_n, fid_reference_size, real_recognised_share), the worst share and
     * ratio, then {@code overall}.
     */
    public String toJson() {
        return QualityReport.json(g -> {
            g.writeStartObject();
            g.writeBooleanField("conditional", true);
            g.writeArrayFieldStart("per_digit");
            for (DigitQuality d : digits) {
                write(g, d);
            }
            g.writeEndArray();
            QualityReport.number(g, "worst_recognised_share", worstRecognisedShare(), 4);
            QualityReport.number(g, "worst_fid_over_floor", worstFidOverFloor(), 3);
            g.writeFieldName("overall");
            overall.write(g);
            g.writeEndObject();
        });
    }

    private static void write(JsonGenerator g, DigitQuality d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("digit", d.digit());
        g.writeNumberField("n", d.n());
        g.writeNumberField("recognised", d.recognised());
        QualityReport.number(g, "recognised_share", d.recognisedShare(), 4);
        QualityReport.number(g, "fid", d.fid(), 3);
        QualityReport.number(g, "fid_floor", d.fidFloor(), 3);
        QualityReport.number(g, "fid_over_floor", d.fidOverFloor(), 3);
        g.writeNumberField("fid_floor_n", d.floorSize());
        g.writeNumberField("fid_reference_size", d.referenceSize());
        QualityReport.number(g, "real_recognised_share", d.realRecognisedShare(), 4);
        g.writeEndObject();
    }
}
