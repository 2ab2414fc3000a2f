package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TemplateTest {
    @Test
    void contractExamples() {
        Template t = Template.compile("n_iter:{i} alpha:{alpha:.3g} beta:{beta:.3g}");
        assertThat(t.format(Map.of("i", 2, "alpha", 0.0813, "beta", 3.94))).isEqualTo("n_iter:2 alpha:0.0813 beta:3.94");
        assertThat(Template.compile("{} {}").format(1, 2.5)).isEqualTo("1 2.5");
        assertThat(Template.compile("{0}-{x}").format(List.of(1), Map.of("x", 2))).isEqualTo("1-2");
        assertThat(Template.format("{name}-{v:.2f}", Map.of("name", "a", "v", 1.234))).isEqualTo("a-1.23");
    }

    @Test
    void specsAsPython() {
        assertThat(Template.compile("{:>8.2f}|{:<6}|{:^7}|{:*^11.3e}|{:+d}|{:08.3f}|{:.1%}")
                .format(2.5, "ab", "mid", 12345.678, 5, -3.14159, 0.1234))
                .isEqualTo("    2.50|ab    |  mid  |*1.235e+04*|+5|-003.142|12.3%");
        assertThat(Template.compile("{:,} {:_x} {:#b} {:#o} {:#X} {:c} {:n}").format(1234567, 255, 5, 8, 255, 65, 1234))
                .isEqualTo("1,234,567 ff 0b101 0o10 0XFF A 1234");
        assertThat(Template.compile("{} {} {} {} {} {}").format(1e16, 0.1, 5e-324, -0.0, Double.NaN,
                Double.NEGATIVE_INFINITY)).isEqualTo("1e+16 0.1 5e-324 -0.0 nan -inf");
        assertThat(Template.compile("{} {:,}").format(Long.MIN_VALUE, BigInteger.TWO.pow(100)))
                .isEqualTo("-9223372036854775808 1,267,650,600,228,229,401,496,703,205,376");
        assertThat(Template.compile("{:.0f} {:.0f} {:.2f} {:.1f}").format(0.5, 2.5, 0.125, 0.25))
                .isEqualTo("0 2 0.12 0.2");
        assertThat(Template.compile("{!r} {!a} {!s:>6} {} {}").format("a'b", "é", true, true, null))
                .isEqualTo("\"a'b\" '\\xe9'   True True None");
        assertThat(Template.compile("{x:{w}.{p}f}|{{}}").format(Map.of("x", 3.14159, "w", 8, "p", 3)))
                .isEqualTo("   3.142|{}");
    }

    @Test
    void oneTemplateServesManyThreads() throws Exception {
        Template t = Template.compile("estimator-{estimator}_gamma-{gamma:.2f}_eta-{eta}_{x!r:>8}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int id = task;
                results.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        double g = (id * 2000 + i) / 1000.0;
                        String want = "estimator-e" + id + "_gamma-" + new BigDecimal(g)
                                .setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "_eta-" + i + "_"
                                + String.format("%8s", "'s" + id + "'");
                        String got = t.format(Map.of("estimator", "e" + id, "gamma", g, "eta", i, "x", "s" + id));
                        if (!got.equals(want)) {
                            mismatches.add("task " + id + ", gamma " + g + ": want " + want + ", got " + got);
                        }
                    }
                    return mismatches;
                }));
            }
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> r : results) {
                mismatches.addAll(r.get());
            }
            assertThat(mismatches).as("outputs that differ when 8 tasks share one template").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void namesInOrderOfAppearanceNestedSpecsIncluded() {
        assertThat(Template.compile("{x}-{y:{w}.{p}f}-{x.real}-{0}-{z[k]}").names()).containsExactly("x", "y", "w", "p", "z");
        assertThat(Template.compile("{} {{x}}").names()).isEmpty();
    }

    @Test
    void escapeDoublesBraces() {
        assertThat(Template.escape("a{b}c")).isEqualTo("a{{b}}c");
        assertThat(Template.escape("{}")).isEqualTo("{{}}");
        assertThat(Template.escape("plain")).isEqualTo("plain");
        assertThat(Template.compile(Template.escape("{x:>4}}")).format()).isEqualTo("{x:>4}}");
        assertThatThrownBy(() -> Template.escape(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text: expected a string, got null");
    }

    @Test
    void errorsNameFieldAndPosition() {
        assertThatThrownBy(() -> Template.compile("ab{x:d}").format(Map.of("x", 1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ValueError: Unknown format code 'd' for object of type 'float' in field {x:d} (value 1.5) at position 2 of \"ab{x:d}\"");
        assertThatThrownBy(() -> Template.compile("{:.f}").format(1.5))
                .hasMessage("ValueError: Format specifier missing precision in field {:.f} (value 1.5) at position 0 of \"{:.f}\"");
        assertThatThrownBy(() -> Template.compile("{}{0}"))
                .hasMessage("ValueError: cannot switch from automatic field numbering to manual field specification"
                        + " in field {0} at position 2 of \"{}{0}\"");
        assertThatThrownBy(() -> Template.compile("{gamma}").format(Map.of("eta", 1)))
                .isInstanceOf(FormatException.class)
                .hasMessage("KeyError: 'gamma' (expected a named argument 'gamma', given: [eta]) in field {gamma} at position 0 of \"{gamma}\"");
    }
}
