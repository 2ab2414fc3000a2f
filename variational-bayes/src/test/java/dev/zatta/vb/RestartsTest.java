package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The starts a fit tries (Restarts) and that the fit keeps the best of them, on PRML Fig. 10.9's data. */
class RestartsTest {
    static final double[][] DATA = Figures.prmlData();

    static VbConfig single(VbConfig template, int degree, double alpha0, double beta0) {
        VbConfig.Builder b = template.toBuilder().basis(Basis.polynomial(degree)).restarts(Restarts.NONE)
                .alpha(Precision.learned(((Precision.Learned) template.alpha()).prior(), alpha0));
        if (template.beta() instanceof Precision.Learned l) {
            b.beta(Precision.learned(l.prior(), beta0));
        }
        return b.build();
    }

    /**
     * On the figure's data every order's reported L is at least the best L over a wider grid of single
     * starts tried here (E[α]₀ = 10⁻⁸…10⁸ and E[β]₀ = 10⁻³…10⁴, a decade apart, laid out independently
     * of the fit's own grid), and the bound peaks at the true order M = 3 with β fixed and learned.
     */
    @Test
    void theFigureReportsTheBestBoundOverAWiderGridAndPeaksAtTheTrueOrder() {
        for (VbConfig template : List.of(Figures.prmlFixedBeta(), Figures.prmlLearnedBeta())) {
            boolean learnBeta = template.beta() instanceof Precision.Learned;
            List<ModelSelection.Candidate> fits = Figures.prmlByDegree(template);
            int peak = 0;
            for (int d = 0; d <= Figures.PRML_MAX_DEGREE; d++) {
                double wide = Double.NEGATIVE_INFINITY;
                int ran = 0;
                for (int a = -8; a <= 8; a++) {
                    for (int b = learnBeta ? -3 : 0; b <= (learnBeta ? 4 : 0); b++) {
                        try {
                            wide = Math.max(wide, VariationalLinearRegression.fit(single(template, d, Math.pow(10, a),
                                    Math.pow(10, b)), DATA[0], DATA[1]).lowerBound());
                            ran++;
                        } catch (ArithmeticException e) {
                            // S_N⁻¹ not positive definite from this start: not a start within reach
                        }
                    }
                }
                double reported = fits.get(d).lowerBound();
                assertThat(ran).as("M=%d starts that ran", d).isGreaterThan(learnBeta ? 100 : 12);
                assertThat(reported).as("M=%d, β %s: reported L vs the best of %d wider starts", d,
                        learnBeta ? "learned" : "fixed", ran).isGreaterThanOrEqualTo(wide - 1e-7 * Math.abs(wide));
                for (Attempt att : fits.get(d).posterior().attempts()) {
                    if (att.failure().isEmpty()) {
                        assertThat(reported).isGreaterThanOrEqualTo(att.lowerBound()
                                - VariationalLinearRegression.margin(template, reported));
                    }
                }
                peak = reported > fits.get(peak).lowerBound() ? d : peak;
            }
            assertThat(peak).as("order with the highest bound, β %s", learnBeta ? "learned" : "fixed").isEqualTo(3);
        }
    }

    /**
     * With β learned, the configured start alone (the prior means) stops at M = 5 in a worse optimum,
     * the cubic and a little noise, than the "mostly noise" one a grid start reaches: restarts matter.
     */
    @Test
    void oneStartStopsInAWorseLocalOptimumThatTheGridAvoids() {
        VbConfig grid = Figures.prmlLearnedBeta().toBuilder().basis(Basis.polynomial(5)).build();
        VbPosterior best = VariationalLinearRegression.fit(grid, DATA[0], DATA[1]);
        VbPosterior one = VariationalLinearRegression.fit(grid.toBuilder().restarts(Restarts.NONE).build(), DATA[0],
                DATA[1]);
        assertThat(best.lowerBound()).isGreaterThan(one.lowerBound() + 0.1);
        assertThat(best.start().kind()).isEqualTo(Start.Kind.GRID);
        assertThat(one.start().kind()).isEqualTo(Start.Kind.CONFIGURED);
        assertThat(one.expectedBeta()).as("one start: the cubic and little noise").isGreaterThan(5);
        assertThat(best.expectedBeta()).as("the best: mostly noise").isLessThan(1);
        assertThat(best.attempts().get(0).lowerBound()).isEqualTo(one.lowerBound());
    }

    @Test
    void startsTriedPerConfiguration() {
        VbConfig learned = Figures.prmlLearnedBeta().toBuilder().basis(Basis.polynomial(3)).build();
        VbPosterior p = VariationalLinearRegression.fit(learned, DATA[0], DATA[1]);
        List<Attempt> a = p.attempts();
        assertThat(a).hasSize(34);
        assertThat(a.get(0).kind()).isEqualTo(Start.Kind.CONFIGURED);
        assertThat(a.get(0).start().orElseThrow()).isEqualTo(new Start(Start.Kind.CONFIGURED, 1, 1));
        assertThat(a.get(1).kind()).isEqualTo(Start.Kind.EVIDENCE);
        assertThat(a.subList(2, 34)).allMatch(x -> x.kind() == Start.Kind.GRID);
        // the grid: E[β]₀ = (1, 10, 100, 1000)·N/tᵀt, each with 8 ratios E[α]₀/E[β]₀ from 100·λ_max to λ_min/100
        SufficientStatistics s = SufficientStatistics.of(Basis.polynomial(3), DATA[0], DATA[1]);
        double[] lambda = LogEvidence.of(s).eigenvalues();
        double max = java.util.Arrays.stream(lambda).max().orElseThrow();
        double min = java.util.Arrays.stream(lambda).min().orElseThrow();
        Start first = a.get(2).start().orElseThrow();
        Start eighth = a.get(9).start().orElseThrow();
        Start last = a.get(33).start().orElseThrow();
        assertThat(first.beta()).isCloseTo(10 / s.targetSquares(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(first.alpha() / first.beta()).isCloseTo(100 * max, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(eighth.alpha() / eighth.beta()).isCloseTo(min / 100, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(last.beta()).isCloseTo(1000 * 10 / s.targetSquares(), org.assertj.core.data.Percentage.withPercentage(1e-12));
        assertThat(a).filteredOn(x -> x.failure().isEmpty()).extracting(Attempt::lowerBound)
                .allMatch(l -> l <= p.lowerBound() + VariationalLinearRegression.margin(learned, p.lowerBound()));

        VbConfig fixedBeta = Figures.prmlFixedBeta().toBuilder().basis(Basis.polynomial(3)).build();
        assertThat(VariationalLinearRegression.fit(fixedBeta, DATA[0], DATA[1]).attempts()).hasSize(10);
        VbConfig fixedAlpha = learned.toBuilder().fixedAlpha(2).build();
        assertThat(VariationalLinearRegression.fit(fixedAlpha, DATA[0], DATA[1]).attempts()).hasSize(6)
                .allMatch(x -> x.start().orElseThrow().alpha() == 2);
        VbConfig bothFixed = fixedAlpha.toBuilder().fixedBeta(11).build();
        assertThat(VariationalLinearRegression.fit(bothFixed, DATA[0], DATA[1]).attempts()).hasSize(1);
        assertThat(VariationalLinearRegression.fit(learned.toBuilder().restarts(Restarts.EVIDENCE).build(), DATA[0],
                DATA[1]).attempts()).extracting(Attempt::kind).containsExactly(Start.Kind.CONFIGURED, Start.Kind.EVIDENCE);
        assertThat(VariationalLinearRegression.fit(learned.toBuilder().restarts(Restarts.NONE).build(), DATA[0],
                DATA[1]).attempts()).hasSize(1);
    }

    /** M = 1 with β learned: the evidence re-estimation runs off to α → ∞; the attempt says why, the fit goes on. */
    @Test
    void aFailedEvidenceStartIsRecordedNotFatal() {
        VbConfig c = Figures.prmlLearnedBeta().toBuilder().basis(Basis.polynomial(1)).build();
        VbPosterior p = VariationalLinearRegression.fit(c, DATA[0], DATA[1]);
        Attempt evidence = p.attempts().stream().filter(a -> a.kind() == Start.Kind.EVIDENCE).findFirst().orElseThrow();
        assertThat(evidence.start()).isEmpty();
        assertThat(evidence.lowerBound()).isNaN();
        assertThat(evidence.failure().orElseThrow()).startsWith("evidence re-estimation left (0, ∞) after ");
        assertThat(p.attempts()).hasSize(34);
    }

    @Test
    void restartsParseAndRefuseOtherNames() {
        assertThat(Restarts.parse("none")).isEqualTo(Restarts.NONE);
        assertThat(Restarts.parse("evidence")).isEqualTo(Restarts.EVIDENCE);
        assertThat(Restarts.parse("grid")).isEqualTo(Restarts.GRID);
        assertThat(VbConfig.builder(Basis.polynomial(1)).build().restarts()).isEqualTo(Restarts.GRID);
        assertThatThrownBy(() -> Restarts.parse("Grid"))
                .hasMessage("restarts: expected 'none', 'evidence' or 'grid', got 'Grid'");
    }
}
