package dev.zatta.gan.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.zatta.gan.data.MnistData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Per-digit judgement of a conditional generator's samples, on real digits standing in for samples. */
class ConditionalQualityTest {
    /** The first {@code per} held-out images of each of the digits, with their labels (or shifted ones). */
    private static List<float[]> samples(int[] digits, int per, List<Integer> labelsOut, int relabel) {
        MnistData all = MnistData.embedded();
        List<float[]> out = new ArrayList<>();
        for (int d : digits) {
            MnistData one = all.select(Set.of(d));
            for (int i = one.size() - per; i < one.size(); i++) {
                out.add(one.image(i));
                labelsOut.add((d + relabel) % 10);
            }
        }
        return out;
    }

    @Test
    void realImagesOfEachDigitAreRecognisedAndNearTheirFloor() {
        List<Integer> labels = new ArrayList<>();
        List<float[]> s = samples(new int[] {1, 4, 7}, 200, labels, 0);
        ConditionalReport r = QualityEvaluator.shipped().evaluateConditional(s,
                labels.stream().mapToInt(Integer::intValue).toArray(), 1);
        assertThat(r.digits()).extracting(DigitQuality::digit).containsExactly(1, 4, 7);
        for (DigitQuality d : r.digits()) {
            assertThat(d.n()).isEqualTo(200);
            assertThat(d.recognisedShare()).as("digit %d", d.digit()).isGreaterThan(0.85);
            assertThat(d.floorSize()).isEqualTo(200);
            assertThat(d.referenceSize()).isEqualTo(MnistData.embedded().select(Set.of(d.digit())).size());
            assertThat(d.fidFloor()).isGreaterThan(0);
            // real images of the digit (a subset of the reference) score no worse than twice the disjoint floor
            assertThat(d.fid()).isLessThan(2 * d.fidFloor());
        }
        assertThat(r.overall().n()).isEqualTo(600);
        assertThat(r.overall().targetDigits()).containsExactly(1, 4, 7);
        assertThat(r.overall().recognised()).isEqualTo(r.digits().stream().mapToInt(DigitQuality::recognised).sum());
        assertThat(r.worstRecognisedShare()).isEqualTo(r.digits().stream()
                .mapToDouble(DigitQuality::recognisedShare).min().orElseThrow());
        String json = r.toJson();
        assertThat(json).startsWith("{\"conditional\": true, \"per_digit\": [{\"digit\": 1, \"n\": 200, \"recognised\": ")
                .contains("\"fid_floor_n\": 200").contains("\"overall\": {\"n\": 600, \"target_digits\": [1, 4, 7]")
                .contains("\"coverage_max_deviation\": ");
    }

    @Test
    void samplesOfTheWrongDigitAreNotRecognisedAndFarFromIt() {
        List<Integer> labels = new ArrayList<>();
        // images of 1, 4, 7 presented as 2, 5, 8
        List<float[]> s = samples(new int[] {1, 4, 7}, 100, labels, 1);
        ConditionalReport r = QualityEvaluator.shipped().evaluateConditional(s,
                labels.stream().mapToInt(Integer::intValue).toArray(), 1);
        for (DigitQuality d : r.digits()) {
            assertThat(d.recognisedShare()).as("digit %d", d.digit()).isLessThan(0.05);
            assertThat(d.fidOverFloor()).as("digit %d", d.digit()).isGreaterThan(10);
        }
        assertThat(r.overall().recognisedShare()).isLessThan(0.05);
    }

    @Test
    void theFloorUsesHalfTheRealImagesWhenTheSampleIsLarger() {
        List<Integer> labels = new ArrayList<>();
        MnistData fives = MnistData.embedded().select(Set.of(5));
        List<float[]> s = new ArrayList<>();
        for (int i = 0; i < fives.size(); i++) {
            s.add(fives.image(i));
            labels.add(5);
        }
        ConditionalReport r = QualityEvaluator.shipped().evaluateConditional(s,
                labels.stream().mapToInt(Integer::intValue).toArray(), 1);
        assertThat(r.digits().get(0).floorSize()).isEqualTo(fives.size() / 2);
        assertThat(r.digits().get(0).fid()).as("the reference itself").isCloseTo(0, within(1e-6));
    }

    @Test
    void badInputIsRefused() {
        List<float[]> two = List.of(new float[784], new float[784]);
        assertThatThrownBy(() -> QualityEvaluator.shipped().evaluateConditional(two, new int[] {3}, 1))
                .hasMessage("labels: expected 2 (one per sample), got 1");
        assertThatThrownBy(() -> QualityEvaluator.shipped().evaluateConditional(two, new int[] {3, 4}, 1))
                .hasMessage("samples: expected at least 2 of every digit (the FID needs a covariance), got 1 of digit 3");
    }

    @Test
    void coverageIsTheLargestDistanceOfAShareFromUniform() {
        QualityReport r = new QualityReport(100, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 0.9, 90, 0.9, 0.95,
                List.of(10, 10, 10, 10, 10, 10, 10, 10, 20, 0), 5, 10000, 0.97);
        assertThat(r.coverageDeviation()).isCloseTo(0.1, within(1e-12));
        assertThat(r.toJson()).contains("\"9\": 0}, \"coverage_max_deviation\": 0.1000, \"fid\": 5.000");
        QualityReport zeros = new QualityReport(10, List.of(0), 0.9, 9, 0.9, 0.95,
                List.of(10, 0, 0, 0, 0, 0, 0, 0, 0, 0), 5, 1000, 0.97);
        assertThat(zeros.coverageDeviation()).isNaN();
        assertThat(zeros.toJson()).doesNotContain("coverage");
    }
}
