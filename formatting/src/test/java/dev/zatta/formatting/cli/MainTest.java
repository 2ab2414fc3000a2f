package dev.zatta.formatting.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line, run in-process. */
class MainTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void formatsWithPythonLiterals() {
        assertThat(run("estimator-{estimator}_gamma-{gamma:.2f}_eta-{eta}", "estimator=svm", "gamma=0.1666", "eta=100"))
                .isEqualTo(new Run(0, "estimator-svm_gamma-0.17_eta-100\n", ""));
        assertThat(run("{} {!r} {!r} {!r} {} {}", "3", "'3'", "\"a b\"", "bare", "True", "None").out())
                .isEqualTo("3 '3' 'a b' 'bare' True None\n");
        assertThat(run("{x:.1e} {y:_}", "x=1e-05", "y=1_000_000").out()).isEqualTo("1.0e-05 1_000_000\n");
        assertThat(run("--", "--{0}", "-1").out()).isEqualTo("---1\n");
    }

    @Test
    void titlesAndParsing() {
        assertThat(run("--title", "--spec", "gamma=.2f", "--order", "estimator", "gamma=0.1666", "eta=100",
                "estimator=svm").out()).isEqualTo("estimator-svm_eta-100_gamma-0.17\n");
        assertThat(run("--parse-title", "estimator-svm_eta-100_gamma-0.17").out())
                .isEqualTo("estimator='svm'\neta=100\ngamma=0.17\n");
        assertThat(run("--title", "--kv-sep", "=", "--field-sep", ",", "a=1", "b='x'").out()).isEqualTo("a=1,b=x\n");
    }

    @Test
    void errorsExitTwoWithAMessage() {
        Run r = run("{x:.f}", "x=1.5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(
                "error: ValueError: Format specifier missing precision in field {x:.f} (value 1.5) at position 0 of \"{x:.f}\"\n");
        assertThat(run("{x}").err()).startsWith("error: KeyError: 'x' (expected a named argument 'x', given: [])");
        assertThat(run("--spec").err()).startsWith("error: --spec: expected a value after it");
        assertThat(run("--title", "oops").err()).startsWith("error: --title: expected NAME=VALUE, got 'oops'");
        assertThat(run("--parse-title", "novalue").err())
                .startsWith("error: title: field 'novalue' at position 0 of \"novalue\" has no key-value separator '-'");
        assertThat(run("--wat").exit()).isEqualTo(2);
        assertThat(run("--help").out()).startsWith("Usage: java -jar formatting.jar");
    }
}
