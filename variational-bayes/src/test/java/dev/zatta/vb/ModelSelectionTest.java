package dev.zatta.vb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {
    @Test
    void comparesEveryCandidateAndPicksTheLargestBound() {
        double[][] d = new SyntheticData(x -> 3 * x * x * x - 2 * x, 0.1, -1, 1).sample(40, 21);
        VbConfig template = VbConfig.builder(Basis.polynomial(0)).alpha(new Precision.Learned(GammaDensity.of(1e-3, 1e-3),
                1e-3)).fixedBeta(100).tolerance(1e-13).maxIterations(20_000).build();
        List<Basis> bases = new ArrayList<>();
        for (int k = 0; k <= 6; k++) {
            bases.add(Basis.polynomial(k));
        }
        List<ModelSelection.Candidate> c = ModelSelection.compare(template, bases, d[0], d[1]);
        assertThat(c).hasSize(7);
        for (int k = 0; k <= 6; k++) {
            assertThat(c.get(k).basis()).isSameAs(bases.get(k));
            VbPosterior alone = VariationalLinearRegression.fit(template.toBuilder().basis(bases.get(k)).build(), d[0], d[1]);
            assertThat(c.get(k).lowerBound()).isEqualTo(alone.lowerBound());
        }
        // a clear cubic with little noise: degrees below 3 cannot fit it, and the bound says so
        ModelSelection.Candidate best = ModelSelection.best(c);
        assertThat(((PolynomialBasis) best.basis()).degree()).isEqualTo(3);
        assertThat(c.get(3).lowerBound()).isGreaterThan(c.get(2).lowerBound() + 10);
        assertThatThrownBy(() -> ModelSelection.best(List.of()))
                .hasMessage("candidates: expected at least one, got none");
    }
}
