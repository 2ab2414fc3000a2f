package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityReportTest {
    @Test
    void jsonHasAStableKeyOrderAndRoundedNumbers() {
        QualityReport r = new QualityReport(64, List.of(0), 0.9, 60, 60 / 64.0, 0.962345, List.of(61, 0, 1, 0, 0, 0, 2, 0, 0, 0),
                12.345678, 1001, 0.98125);
        assertThat(r.toJson()).isEqualTo("{\"n\": 64, \"target_digits\": [0], \"confidence_threshold\": 0.90, "
                + "\"recognised\": 60, \"recognised_share\": 0.9375, \"mean_confidence\": 0.9623, "
                + "\"predicted_histogram\": {\"0\": 61, \"1\": 0, \"2\": 1, \"3\": 0, \"4\": 0, \"5\": 0, \"6\": 2, "
                + "\"7\": 0, \"8\": 0, \"9\": 0}, \"fid\": 12.346, \"fid_reference_size\": 1001, "
                + "\"classifier_held_out_accuracy\": 0.9813}");
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        QualityReport r = new QualityReport(2, List.of(1, 3), 0.9, 0, 0, 0.5, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 2),
                Double.NaN, 2, 0.97);
        assertThat(r.toJson()).contains("\"target_digits\": [1, 3]").contains("\"fid\": null");
    }

    @Test
    void listsAreCopied() {
        java.util.ArrayList<Integer> digits = new java.util.ArrayList<>(List.of(0));
        QualityReport r = new QualityReport(2, digits, 0.9, 0, 0, 0.5, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 2), 1, 2, 0.97);
        digits.add(5);
        assertThat(r.targetDigits()).containsExactly(0);
    }
}
