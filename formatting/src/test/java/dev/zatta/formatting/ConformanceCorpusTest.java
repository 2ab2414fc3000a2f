package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
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

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        String external = System.getProperty("formatting.corpus", "");
        try (InputStream in = external.isEmpty() ? ConformanceCorpusTest.class.getResourceAsStream(CORPUS)
                : java.nio.file.Files.newInputStream(java.nio.file.Path.of(external))) {
            assertThat(in).as(CORPUS).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) MiniJson.parse(line);
                List<Object> args = new ArrayList<>();
                if (m.containsKey("a")) {
                    for (Object a : (List<?>) m.get("a")) {
                        args.add(decode(a));
                    }
                }
                Map<String, Object> kwargs = null;
                if (m.containsKey("k")) {
                    kwargs = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> e : ((Map<?, ?>) m.get("k")).entrySet()) {
                        kwargs.put((String) e.getKey(), decode(e.getValue()));
                    }
                }
                cases.add(new Case(n, (String) m.get("t"), args, kwargs, (String) m.get("o"), (String) m.get("e"),
                        (String) m.get("m"), (String) m.get("s")));
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
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10_000);
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
