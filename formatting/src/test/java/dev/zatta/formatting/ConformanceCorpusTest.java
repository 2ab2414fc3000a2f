package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every case of the corpus that CPython 3.11.7 produced ({@code src/test/python/gen_corpus.py}):
 * same output, or the same Python exception type and message. {@code -Dformatting.corpus=FILE} runs
 * another corpus made by the same script (e.g. with {@code --seed 7 --scale 10}) instead.
 */
class ConformanceCorpusTest {
    static final String CORPUS = "str_format_corpus.jsonl";

    /** One decoded corpus line. */
    record Case(int line, String template, List<Object> args, Map<String, Object> kwargs, String output,
            String errorType, String errorMessage, String source) {}

    /**
     * One corpus line as written by {@code gen_corpus.py}: the template, the positional and keyword arguments
     * (typed: see {@link #decode}), and CPython's output or exception type and message, and where the case comes
     * from. Jackson keeps the keyword order ({@code LinkedHashMap}).
     */
    record Line(String t, List<Object> a, Map<String, Object> k, String o, String e, String m, String s) {}

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        String external = System.getProperty("formatting.corpus", "");
        try (InputStream in = external.isEmpty() ? ConformanceCorpusTest.class.getResourceAsStream(CORPUS)
                : java.nio.file.Files.newInputStream(java.nio.file.Path.of(external));
                MappingIterator<Line> lines = new ObjectMapper().readerFor(Line.class).readValues(
                        new InputStreamReader(java.util.Objects.requireNonNull(in, CORPUS), StandardCharsets.UTF_8))) {
            int n = 0;
            while (lines.hasNextValue()) {
                Line l = lines.nextValue();
                n++;
                List<Object> args = new ArrayList<>();
                if (l.a() != null) {
                    for (Object a : l.a()) {
                        args.add(decode(a));
                    }
                }
                Map<String, Object> kwargs = null;
                if (l.k() != null) {
                    kwargs = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> e : l.k().entrySet()) {
                        kwargs.put(e.getKey(), decode(e.getValue()));
                    }
                }
                cases.add(new Case(n, l.t(), args, kwargs, l.o(), l.e(), l.m(), l.s()));
            }
        }
        return cases;
    }

    /** Corpus value → the Java value a user would pass. */
    static Object decode(Object v) {
        if (v instanceof List) {
            List<Object> l = new ArrayList<>();
            for (Object o : (List<?>) v) {
                l.add(decode(o));
            }
            return l;
        }
        if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            if (m.containsKey("i")) {
                BigInteger b = new BigInteger((String) m.get("i"));
                if (b.bitLength() < 32) {
                    return b.intValue();
                }
                if (b.bitLength() < 64) {
                    return b.longValue();
                }
                return b;
            }
            if (m.containsKey("D")) {
                return new java.math.BigDecimal((String) m.get("D"));
            }
            if (m.containsKey("f")) {
                String f = (String) m.get("f");
                switch (f) {
                    case "inf":
                        return Double.POSITIVE_INFINITY;
                    case "-inf":
                        return Double.NEGATIVE_INFINITY;
                    case "nan":
                        return Double.NaN;
                    default:
                        return Double.parseDouble(f);
                }
            }
            Map<Object, Object> d = new LinkedHashMap<>();
            for (Object pair : (List<?>) m.get("d")) {
                List<?> kv = (List<?>) pair;
                d.put(decode(kv.get(0)), decode(kv.get(1)));
            }
            return d;
        }
        return v;
    }

    static String run(Case c) {
        try {
            String out = Template.compile(c.template()).format(c.args(), c.kwargs());
            return "OK " + out;
        } catch (FormatException e) {
            return e.pythonType() + ": " + e.pythonMessage();
        }
    }

    static String expected(Case c) {
        return c.output() != null ? "OK " + c.output() : c.errorType() + ": " + c.errorMessage();
    }

    @Test
    void everyCaseMatchesCPython() throws IOException {
        List<Case> cases = load();
        if (System.getProperty("formatting.corpus", "").isEmpty()) {
            assertThat(cases).as("cases in the shipped corpus (one per line)").hasSize(21_156);
        } else {
            assertThat(cases).hasSizeGreaterThanOrEqualTo(10_000);
        }
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String got = run(c);
            String want = expected(c);
            if (!got.equals(want)) {
                failures.add("line " + c.line() + " " + PyObjects.repr(c.template()) + " args=" + c.args() + " kwargs="
                        + c.kwargs() + (c.source() != null ? " [" + c.source() + "]" : "") + "\n    want " + want
                        + "\n    got  " + got);
            }
        }
        assertThat(failures).as(failures.size() + " of " + cases.size() + " cases differ from CPython:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size())))).isEmpty();
    }
}
