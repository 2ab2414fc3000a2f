package dev.zatta.formatting.bench;

import dev.zatta.formatting.Template;
import dev.zatta.formatting.text.PythonFormatLookup;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringSubstitutor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The blog's run title, {@code estimator-{estimator}_gamma-{gamma:.2f}_eta-{eta}}, formatted by a
 * compiled {@link Template} and by its Java peers. Run:
 * {@code ./mvnw -B -pl formatting -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateBenchmark {
    final String estimator = "svm";
    final double gamma = 0.1666;
    final int eta = 100;
    final Map<String, Object> params = Map.of("estimator", estimator, "gamma", gamma, "eta", eta);

    final Template template = Template.compile("estimator-{estimator}_gamma-{gamma:.2f}_eta-{eta}");
    final MessageFormat messageFormat = new MessageFormat("estimator-{0}_gamma-{1,number,0.00}_eta-{2}", Locale.ROOT);
    final StringSubstitutor substitutor = new StringSubstitutor(params);
    final StringSubstitutor pythonSubstitutor = PythonFormatLookup.substitutor(params);

    /** zatta: compiled once, Python semantics ({@code .2f} rounds the exact binary value half-even). */
    @Benchmark
    public String templateCompiled() {
        return template.format(params);
    }

    /** zatta: parse the pattern on every call (the one-off static method). */
    @Benchmark
    public String templateOneOff() {
        return Template.format("estimator-{estimator}_gamma-{gamma:.2f}_eta-{eta}", params);
    }

    /** The JDK's printf-style peer, positional. */
    @Benchmark
    public String stringFormat() {
        return String.format("estimator-%s_gamma-%.2f_eta-%d", estimator, gamma, eta);
    }

    /** The JDK's MessageFormat (precompiled), positional. */
    @Benchmark
    public String messageFormat() {
        return messageFormat.format(new Object[] {estimator, gamma, eta});
    }

    /** Commons Text's StringSubstitutor: named, but no format spec (gamma is printed unrounded). */
    @Benchmark
    public String stringSubstitutorNoSpec() {
        return substitutor.replace("estimator-${estimator}_gamma-${gamma}_eta-${eta}");
    }

    /** Commons Text's StringSubstitutor with zatta's lookup: {@code ${gamma:.2f}}. */
    @Benchmark
    public String stringSubstitutorPythonLookup() {
        return pythonSubstitutor.replace("estimator-${estimator}_gamma-${gamma:.2f}_eta-${eta}");
    }
}
