package dev.zatta.gan.eval;

import dev.zatta.gan.data.DigitSpec;
import dev.zatta.gan.data.MnistData;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the table "Measured scores" of gan/docs/data-and-eval.md: the shipped judge on real held-out
 * digits and on noise, at n = 64 (the README's main command) and n = 200. Run from the repository root
 * after {@code ./mvnw -pl gan -am verify}:
 * <pre>
 *   java -cp 'gan/target/test-classes:gan/target/gan.jar:gan/target/lib/*' dev.zatta.gan.eval.ScoreTable
 * </pre>
 */
public final class ScoreTable {
    private ScoreTable() {}

    public static void main(String[] args) {
        QualityEvaluator evaluator = QualityEvaluator.shipped();
        ClassifierInfo info = evaluator.classifier().info();
        HeldOutSplit split = HeldOutSplit.stratified(MnistData.embedded(), info.heldOutFraction(), info.seed());
        MnistData zeros = split.heldOut().select(Set.of(0));
        MnistData sevens = split.heldOut().select(Set.of(7));
        for (int n : new int[] {64, 200}) {
            row("real held-out zeros", n, 0, evaluator.evaluate(EvalImages.first(zeros, n), Set.of(0)));
            row("real held-out sevens", n, 0, evaluator.evaluate(EvalImages.first(sevens, n), Set.of(0)));
            row("uniform noise", n, 0, evaluator.evaluate(EvalImages.uniformNoise(n, 11), Set.of(0)));
        }
        // the classifier calls noise an 8 with confidence: only the FID tells
        row("uniform noise", 200, 8, evaluator.evaluate(EvalImages.uniformNoise(200, 11), Set.of(8)));
        row("all 2,000 held-out digits", 2000, -1, evaluator.evaluate(EvalImages.first(split.heldOut(), 2000),
                DigitSpec.parse("0-9")));
    }

    private static void row(String what, int n, int target, QualityReport r) {
        int top = 0;
        for (int d = 1; d < 10; d++) {
            if (r.predictedHistogram().get(d) > r.predictedHistogram().get(top)) {
                top = d;
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %d (%d) | %.2f |%n", what, n,
                target < 0 ? "0-9" : Integer.toString(target), r.recognisedShare(), r.meanConfidence(), top,
                r.predictedHistogram().get(top), r.fid());
    }
}
