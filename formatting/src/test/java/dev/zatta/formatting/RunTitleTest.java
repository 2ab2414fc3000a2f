package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunTitleTest {
    @Test
    void defaultsSortKeys() {
        assertThat(RunTitle.defaults().format(Map.of("estimator", "svm", "gamma", 0.1666, "eta", 100)))
                .isEqualTo("estimator-svm_eta-100_gamma-0.1666");
    }

    @Test
    void contractExample() {
        RunTitle custom = RunTitle.builder()
                .spec("gamma", ".2f")
                .order(List.of("estimator", "gamma"))
                .keyValueSeparator("-").fieldSeparator("_")
                .build();
        Map<String, Object> params = Map.of("estimator", "svm", "gamma", 0.1666, "eta", 100);
        String title = custom.format(params);
        assertThat(title).isEqualTo("estimator-svm_gamma-0.17_eta-100");
        assertThat(custom.parse(title)).containsExactly(Map.entry("estimator", "svm"), Map.entry("gamma", 0.17),
                Map.entry("eta", 100L));
    }

    @Test
    void escapesAndRoundTrips() {
        RunTitle rt = RunTitle.defaults();
        Map<String, Object> p = new HashMap<>();
        p.put("n_iter", -3L);
        p.put("s", "100");
        p.put("path", "a/b_c:d*?");
        p.put("none", null);
        p.put("flag", true);
        String title = rt.format(p);
        assertThat(title).isEqualTo("flag-True_n_iter--3_none-None_path-a%2Fb%5Fc%3Ad%2A%3F_s-'100'");
        assertThat(rt.parse(title)).isEqualTo(p);
    }
}
