package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants over random input (fixed seeds, so every run checks the same cases): widths, exact fast paths, round trips, robustness. */
class FormatPropertiesTest {

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.integers().between(-1000, 1000).map(i -> (Object) i),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200))
                        .map(b -> (Object) b),
                Arbitraries.longs().map(bits -> (Object) Double.longBitsToDouble(bits)),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(0.0, -0.0, 0.5, 2.5, 0.125, 1e16, 5e-324, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.MAX_VALUE).map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(12).map(s -> (Object) s),
                Arbitraries.bigDecimals().ofScale(4).map(b -> (Object) b),
                Arbitraries.of(true, false).map(b -> (Object) b));
    }

    @Provide
    Arbitrary<String> signs() {
        return Combinators.combine(Arbitraries.of("", "+", "-", " "), Arbitraries.of("", "#")).as((s, a) -> s + a);
    }

    @Provide
    Arbitrary<String> numericSpecs() {
        Arbitrary<String> grouping = Arbitraries.of("", ",", "_");
        Arbitrary<String> precision = Arbitraries.integers().between(-1, 20).map(p -> p < 0 ? "" : "." + p);
        Arbitrary<String> type = Arbitraries.of("", "e", "E", "f", "F", "g", "G", "%", "d", "x", "b", "o", "s", "n");
        return Combinators.combine(grouping, precision, type).as((g, p, t) -> g + p + t);
    }

    /** The result of {@code [[fill]align]width...} is exactly the unpadded text, padded to the width with the fill. */
    @Property(tries = 800, seed = "20261129")
    void widthPadsWithFillToExactlyTheWidth(@ForAll("values") Object value, @ForAll("signs") String sign,
            @ForAll("numericSpecs") String rest,
            @ForAll @IntRange(min = 0, max = 60) int width,
            @ForAll("fills") String fill, @ForAll("aligns") String align) {
        if (value instanceof Boolean && (sign + rest).isEmpty()) {
            return; // format(True, '') is 'True' but format(True, '>5') formats the int 1, as in Python
        }
        String unpadded;
        try {
            unpadded = Template.formatValue(value, sign + rest);
        } catch (FormatException e) {
            return; // this value's type refuses the spec; padding cannot change that
        }
        String padded = Template.formatValue(value, fill + align + sign + width + rest);
        int len = unpadded.codePointCount(0, unpadded.length());
        assertThat(padded.codePointCount(0, padded.length())).isEqualTo(Math.max(width, len));
        int pad = Math.max(0, width - len);
        int left = align.equals(">") ? pad : align.equals("^") ? pad / 2 : 0;
        assertThat(padded).isEqualTo(fill.repeat(left) + unpadded + fill.repeat(pad - left));
    }

    @Provide
    Arbitrary<String> fills() {
        return Arbitraries.of(" ", "*", "x", "é", "😀", "0", "{", "}");
    }

    @Provide
    Arbitrary<String> aligns() {
        return Arbitraries.of("<", ">", "^");
    }

    /** The 128-bit fast path of '.Nf' agrees with BigDecimal on the exact value, half-even. */
    @Property(tries = 3000, seed = "20261130")
    void fixedFastPathIsExact(@ForAll("finiteDoubles") double d, @ForAll @IntRange(min = 0, max = 17) int p) {
        double a = Math.abs(d);
        String fast = FixedDigits.fast(a, p);
        if (fast != null) {
            assertThat(fast).isEqualTo(new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString());
        }
    }

    /** Writing '.Nf' straight into the output gives what the general path gives. */
    @Property(tries = 3000, seed = "20261142")
    void appendFixedMatchesTheGeneralPath(@ForAll("finiteDoubles") double d, @ForAll @IntRange(min = 0, max = 17) int p,
            @ForAll boolean alt, @ForAll boolean z) {
        StringBuilder out = new StringBuilder("x");
        if (FixedDigits.appendFast(out, d, p, alt, z)) {
            String plain = new BigDecimal(Math.abs(d)).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
            boolean zero = plain.chars().allMatch(c -> c == '0' || c == '.');
            String sign = Double.doubleToRawLongBits(d) < 0 && !(z && zero) ? "-" : "";
            assertThat(out.toString()).isEqualTo("x" + sign + plain + (alt && p == 0 ? "." : ""));
        }
    }

    /** The integer fast path of significant digits ('e', 'g') agrees with BigDecimal's half-even rounding. */
    @Property(tries = 3000, seed = "20261140")
    void significantFastPathIsExact(@ForAll("finiteDoubles") double d, @ForAll @IntRange(min = 1, max = 17) int n) {
        double a = Math.abs(d);
        if (a == 0) {
            return;
        }
        Digits fast = SignificantDigits.fast(a, n);
        if (fast != null) {
            BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(n, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            assertThat(fast).isEqualTo(new Digits(r.unscaledValue().toString(), r.precision() - r.scale()));
        }
    }

    /** The fast shortest-repr search finds what the exact-interval search finds. */
    @Property(tries = 3000, seed = "20261141")
    void shortestFastPathAgreesWithExactBounds(@ForAll("finiteDoubles") double d) {
        double a = Math.abs(d);
        if (a == 0) {
            return;
        }
        Digits fast = ShortestDigits.fast(a);
        if (fast != null) {
            assertThat(fast).isEqualTo(ShortestDigits.exact(a));
        }
    }

    @Provide
    Arbitrary<Double> finiteDoubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.integers().between(-4_000_000, 4_000_000).map(i -> i / 1024.0),
                Arbitraries.integers().between(-100000, 100000).map(i -> i / 1000.0),
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.integers().between(-300, 300).map(k -> Math.pow(10, k)),
                Arbitraries.integers().between(-300, 300).map(k -> Math.nextDown(Math.pow(10, k))),
                Arbitraries.integers().between(-300, 300).map(k -> Math.nextUp(Math.pow(10, k))));
    }

    /** Python's repr reads back as the same double (shortness is checked against CPython by the corpus). */
    @Property(tries = 2000, seed = "20261131")
    void reprRoundTrips(@ForAll("finiteDoubles") double d) {
        String r = Template.formatValue(d, "");
        assertThat(Double.parseDouble(r)).isEqualTo(d);
    }

    @Provide
    Arbitrary<String> templateText() {
        return Arbitraries.strings().withChars("{}[]!:.0123456789abrsxXdefgn%,_<>^=+- #z*é😀\u0660")
                .ofMaxLength(16);
    }

    /**
     * Templates of the property below: random characters (mostly syntax errors and plain text), or pieces that
     * make replacement fields over its arguments (positional 0..2, named a, b, x), with conversions, numeric,
     * random and nested specs, escaped and stray braces.
     */
    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> literal = Arbitraries.strings().withChars("ab-_ .é😀").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("", "0", "1", "a", "x", "b[0]")),
                Tuple.of(1, Arbitraries.of("2", "b", "b[1]", "b[2]", "a.real", "0[0]", "c")));
        Arbitrary<String> conversion = Arbitraries.of("", "", "", "", "!r", "!s", "!a");
        Arbitrary<String> spec = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just(""), numericSpecs().map(t -> ":" + t),
                Combinators.combine(fills().filter(f -> !f.equals("{") && !f.equals("}")), aligns(),
                                Arbitraries.integers().between(0, 12))
                        .as((f, a, w) -> ":" + f + a + w),
                templateText().map(t -> ":" + t.replace("{", "").replace("}", "")),
                Arbitraries.of(":{2}", ":>{1}", ":{x}", ":{}"));
        Arbitrary<String> field = Combinators.combine(name, conversion, spec).as((n, c, t) -> "{" + n + c + t + "}");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(3, literal), Tuple.of(5, field),
                Tuple.of(1, Arbitraries.of("{{", "}}", "{", "}")));
        Arbitrary<String> structured = piece.list().ofMinSize(1).ofMaxSize(4).map(ps -> String.join("", ps));
        return Arbitraries.frequencyOf(Tuple.of(1, templateText()), Tuple.of(3, structured));
    }

    /** The exception types CPython raises from {@code str.format}; anything else would be a Java failure let through. */
    static final List<String> PYTHON_ERRORS = List.of("ValueError", "KeyError", "IndexError", "TypeError",
            "AttributeError", "OverflowError", "RecursionError");

    /**
     * Random templates, specs and values. A template either formats or raises a {@link FormatException} of a
     * Python type located inside it (at its field, or at the brace it complains about). What it formats to keeps
     * the template's literal text before the first brace and after the last one, and is a fixed point of
     * escape/compile/format; every template, valid or not, escaped, formats to itself.
     */
    @Property(tries = 3000, seed = "20261132")
    void randomTemplatesFormatOrFailInsideTheTemplate(@ForAll("templates") String template,
            @ForAll("templateText") String spec, @ForAll("values") Object v1, @ForAll("values") Object v2) {
        Map<String, Object> named = new HashMap<>();
        named.put("a", v1);
        named.put("b", List.of(v2, v1));
        named.put("x", v2);
        List<Object> positional = new ArrayList<>();
        positional.add(v1);
        positional.add(v2);
        positional.add(spec);
        assertThat(Template.compile(Template.escape(template)).format(positional, named)).isEqualTo(template);
        String out;
        try {
            out = Template.compile(template).format(positional, named);
        } catch (FormatException e) {
            assertLocatedIn(e, template);
            countOutcome("fails");
            return;
        }
        countOutcome(indexOfBrace(template, 0) < 0 ? "formats, no braces" : "formats, with braces");
        assertThat(Template.compile(Template.escape(out)).format()).isEqualTo(out);
        int first = indexOfBrace(template, 0);
        if (first < 0) {
            assertThat(out).isEqualTo(template);
        } else {
            int last = Math.max(template.lastIndexOf('{'), template.lastIndexOf('}'));
            assertThat(out).startsWith(template.substring(0, first)).endsWith(template.substring(last + 1));
        }
    }

    /**
     * {@code formatValue(v, spec)} is the template {@code "{0:spec}"} applied to v: the same text, or the same
     * Python error (without a location, where the template's error names the field at position 0).
     */
    @Property(tries = 3000, seed = "20261143")
    void formatValueIsTheOneFieldTemplate(@ForAll("templateText") String spec, @ForAll("values") Object v) {
        if (indexOfBrace(spec, 0) >= 0) {
            return; // braces in a spec are replacement fields of the template: another spec
        }
        String direct;
        try {
            direct = Template.formatValue(v, spec);
        } catch (FormatException e) {
            assertThat(PYTHON_ERRORS).as(e.getMessage()).contains(e.pythonType());
            assertThat(e.pattern()).isNull();
            assertThat(e.position()).isEqualTo(-1);
            assertThat(e.getMessage()).isEqualTo(e.pythonType() + ": " + e.pythonMessage());
            String expected = e.pythonType() + ": " + e.pythonMessage();
            assertThatThrownBy(() -> Template.compile("{0:" + spec + "}").format(Collections.singletonList(v), Map.of()))
                    .isInstanceOfSatisfying(FormatException.class, t -> {
                        assertThat(t.pythonType() + ": " + t.pythonMessage()).isEqualTo(expected);
                        assertThat(t.position()).isZero();
                        assertThat(t.field()).isEqualTo("0:" + spec);
                    });
            return;
        }
        assertThat(Template.compile("{0:" + spec + "}").format(Collections.singletonList(v), Map.of())).isEqualTo(direct);
    }

    /** Counts what random templates do, and checks after the tries that each outcome is common enough to be tested. */
    private static void countOutcome(String outcome) {
        Statistics.label("template").collect(outcome);
        Statistics.label("template").coverage(c -> {
            c.check("fails").percentage(p -> p >= 20);
            c.check("formats, with braces").percentage(p -> p >= 20);
            c.check("formats, no braces").percentage(p -> p >= 5);
        });
    }

    private static int indexOfBrace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '{' || s.charAt(i) == '}') {
                return i;
            }
        }
        return -1;
    }

    /** The error is one CPython raises, it names this template, and its position is the field or brace at fault. */
    private static void assertLocatedIn(FormatException e, String template) {
        assertThat(PYTHON_ERRORS).as(e.getMessage()).contains(e.pythonType());
        assertThat(e.pattern()).isEqualTo(template);
        assertThat(e.position()).as(e.getMessage()).isBetween(0, template.length() - 1);
        assertThat(e.getMessage()).startsWith(e.pythonType() + ": " + e.pythonMessage())
                .endsWith(" at position " + e.position() + " of \"" + template + "\"");
        if (e.field() != null) {
            assertThat(template.substring(e.position())).as(e.getMessage()).startsWith("{" + e.field() + "}");
        } else if (e.pythonMessage().equals("Max string recursion exceeded")) {
            // the spec that nests too deep starts here, after its field's ':'
            assertThat(template.substring(0, e.position())).as(e.getMessage()).endsWith(":");
        } else {
            assertThat(template.charAt(e.position())).as(e.getMessage()).isIn('{', '}');
        }
    }

    /** Absurd widths and precisions fail fast with a clear message instead of exhausting memory. */
    @Property(tries = 50, seed = "20261133")
    void hugeSizesAreRefused(@ForAll @IntRange(min = 8, max = 30) int digits, @ForAll("values") Object v) {
        String n = "9".repeat(digits);
        for (String spec : new String[] {n, "." + n + "f", n + ".2", "." + n}) {
            try {
                String out = Template.formatValue(v, spec);
                assertThat(out.length()).isLessThan(100_000); // e.g. str with a huge precision: truncation only
            } catch (FormatException e) {
                assertThat(e.getMessage()).containsAnyOf("larger than the supported maximum",
                        "Too many decimal digits in format string", "precision too big", "not allowed",
                        "Unknown format code", "unsupported format string", "invalid format string");
            }
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> params() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().withChars("ab_-%.:/ \\'\"*?<>|").ofMaxLength(6),
                Arbitraries.of("estimator", "gamma", "eta", "n_iter", "CON", "x.", "lr "));
        Arbitrary<Object> vals = Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.longs().map(bits -> (Object) Double.longBitsToDouble(bits)),
                Arbitraries.strings().ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.strings().withChars("0123456789.-_e'\"%TrueNon ").ofMaxLength(6).map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        return Arbitraries.maps(keys, vals).ofMaxSize(6);
    }

    @Provide
    Arbitrary<RunTitle> titles() {
        Arbitrary<String[]> seps = Arbitraries.of(new String[] {"-", "_"}, new String[] {"=", ","},
                new String[] {"~", "+"}, new String[] {"--", "__"}, new String[] {"@", "#"});
        return seps.map(s -> RunTitle.builder().keyValueSeparator(s[0]).fieldSeparator(s[1]).build());
    }

    /** parse(format(params)) gives the parameters back exactly, and the title is a safe file name. */
    @Property(tries = 1500, seed = "20261134")
    void runTitleRoundTrips(@ForAll("params") Map<String, Object> params, @ForAll("titles") RunTitle rt) {
        String title = rt.format(params);
        assertThat(rt.parse(title)).isEqualTo(params);
        assertThat(title).doesNotContainPattern("[/\\\\:*?\"<>|\\x00-\\x1f\\x7f]");
        assertThat(title).doesNotEndWith(".").doesNotEndWith(" ");
        assertThat(title.split("\\.")[0].toUpperCase(java.util.Locale.ROOT))
                .isNotIn("CON", "PRN", "AUX", "NUL", "COM1", "LPT1");
    }

    /** Map iteration order never changes the title. */
    @Property(tries = 300, seed = "20261135")
    void runTitleIgnoresMapOrder(@ForAll("params") Map<String, Object> params) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(params.entrySet());
        java.util.Collections.reverse(entries);
        Map<String, Object> reversed = new java.util.LinkedHashMap<>();
        entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));
        assertThat(RunTitle.defaults().format(reversed)).isEqualTo(RunTitle.defaults().format(params));
    }
}
