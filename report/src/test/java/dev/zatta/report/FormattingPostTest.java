package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The formatting post's examples, against values worked out by hand from CPython 3.11. */
class FormattingPostTest {
    @Test
    void pythonStrSlicesTruncate() {
        assertThat(FormattingPost.pythonStrPrefix(1.999, 2)).isEqualTo("1.");
        assertThat(FormattingPost.pythonStrPrefix(1e-05, 2)).isEqualTo("1e");
        assertThat(FormattingPost.pythonStrPrefix(100.0, 4)).isEqualTo("100.");
        assertThat(FormattingPost.pythonStrPrefix(1.0 / 6, 4)).isEqualTo("0.16");
        assertThat(FormattingPost.pythonStrPrefix("日本語です", 2)).isEqualTo("日本");
        assertThat(FormattingPost.pythonStrPrefix(0.5, 10)).isEqualTo("0.5");
    }

    @Test
    void theSectionShowsTheBlogsTitlesComputedLive() {
        Section s = FormattingPost.section();
        assertThat(s.id()).isEqualTo("formatting");
        Item progression = s.items().get(0);
        // map-order concatenation differs between the two insertion orders ...
        assertThat(progression.rows().get(0)).containsExactly(
                "key + '-' + str(value), joined by '_' in map order",
                "estimator-svm_gamma-0.16666666666666666_eta-100", "eta-100_gamma-0.16666666666666666_estimator-svm");
        // ... the template and RunTitle do not
        assertThat(progression.rows().get(1)).containsExactly("'estimator-{estimator}_gamma-{gamma:.2f}'.format(**params)",
                "estimator-svm_gamma-0.17", "estimator-svm_gamma-0.17");
        assertThat(progression.rows().get(2).subList(1, 3)).containsOnly("estimator-svm_eta-100_gamma-0.17");
        Item truncation = s.items().get(1);
        assertThat(truncation.rows()).contains(List.of("1.999", "1.", "1.99", "2.00", "2"),
                List.of("1e-05", "1e", "1e-0", "0.00", "1e-05"), List.of("12.5", "12", "12.5", "12.50", "12.5"));
        Item tour = s.items().get(2);
        assertThat(tour.rows()).contains(
                List.of("n_iter:{i} alpha:{alpha:.3g} beta:{beta:.3g}", "{'alpha': 0.0813, 'beta': 3.94, 'i': 2}",
                        "n_iter:2 alpha:0.0813 beta:3.94"),
                List.of("{name!r:>10}|{n:<6,}|{x:^+9.1%}", "{'n': 1234567, 'name': 'zatta', 'x': 0.1234}",
                        "   'zatta'|1,234,567| +12.3%  "),
                List.of("{n:#x} {n:#o} {n:#b} {n:_d}", "{'n': 255}", "0xff 0o377 0b11111111 255"),
                List.of("{x:{w}.{p}f}", "{'p': 3, 'w': 10, 'x': 3.141592653589793}", "     3.142"));
        assertThat(s.items().get(3).rows()).containsExactly(List.of("estimator-svm_eta-100_gamma-0.17",
                "{'estimator': 'svm', 'eta': 100, 'gamma': 0.17}"));
    }
}
