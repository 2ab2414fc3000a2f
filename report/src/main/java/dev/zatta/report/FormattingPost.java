package dev.zatta.report;

import dev.zatta.formatting.RunTitle;
import dev.zatta.formatting.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The post on naming experiment runs with Python's {@code str.format}: every result on the page is
 * computed here, live, by {@code dev.zatta.formatting} — nothing is typed in by hand. Stateless.
 */
public final class FormattingPost {
    /** The blog's answer: {@code 'estimator-{estimator}_gamma-{gamma:.2f}'.format(**params)}. */
    public static final String BLOG_TEMPLATE = "estimator-{estimator}_gamma-{gamma:.2f}";
    /** The values of the truncation table: each shows how {@code str(val)[:n]} differs from rounding. */
    static final List<Double> TRUNCATION_VALUES = List.of(0.16666666666666666, 0.5, 1.999, 12.5, 100.0, 1e-05);

    private FormattingPost() {
    }

    /** The blog's example parameters, inserted in the order given (a LinkedHashMap). */
    static Map<String, Object> blogParams(List<String> order) {
        Map<String, Object> all = Map.of("estimator", "svm", "gamma", 1.0 / 6, "eta", 100);
        Map<String, Object> params = new LinkedHashMap<>();
        for (String k : order) {
            params.put(k, all.get(k));
        }
        return params;
    }

    /** The run title the blog wanted: keys sorted, {@code gamma} rounded to two decimals. */
    static RunTitle blogRunTitle() {
        return RunTitle.builder().spec("gamma", ".2f").build();
    }

    /** Python's {@code str(val)[:n]}: the first {@code n} code points of Python's {@code str()} of the value. */
    public static String pythonStrPrefix(Object value, int n) {
        String s = Template.compile("{!s}").format(value);
        int end = s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }

    /** The section, every cell computed by {@code Template} and {@code RunTitle}. */
    public static Section section() {
        List<Item> items = new ArrayList<>();
        Map<String, Object> params = blogParams(List.of("estimator", "gamma", "eta"));
        Map<String, Object> reversed = blogParams(List.of("eta", "gamma", "estimator"));

        // 1. the progression of the post: concatenation in map order -> the blog's template -> RunTitle
        String concatA = concatenate(params);
        String concatB = concatenate(reversed);
        RunTitle title = blogRunTitle();
        items.add(Item.table("From concatenation to a template to a run title",
                "Concatenating a parameter map in its iteration order gives a different name for the same run "
                        + "when the map was filled in another order; the blog's template fixes the order and rounds "
                        + "gamma, and RunTitle does it for every key without writing a template.",
                List.of("approach", "params filled as estimator, gamma, eta", "params filled as eta, gamma, estimator"),
                List.of(List.of("key + '-' + str(value), joined by '_' in map order", concatA, concatB),
                        List.of("'" + BLOG_TEMPLATE + "'.format(**params)", Template.format(BLOG_TEMPLATE, params),
                                Template.format(BLOG_TEMPLATE, reversed)),
                        List.of("RunTitle.builder().spec(\"gamma\", \".2f\").build().format(params)",
                                title.format(params), title.format(reversed)),
                        List.of("RunTitle.defaults().format(params)", RunTitle.defaults().format(params),
                                RunTitle.defaults().format(reversed)))));

        // 2. truncation vs rounding
        List<List<String>> trunc = new ArrayList<>();
        Template twoF = Template.compile("{:.2f}");
        Template threeG = Template.compile("{:.3g}");
        for (double v : TRUNCATION_VALUES) {
            trunc.add(List.of(Template.compile("{!r}").format(v), pythonStrPrefix(v, 2), pythonStrPrefix(v, 4),
                    twoF.format(v), threeG.format(v)));
        }
        items.add(Item.table("Truncation is not rounding",
                "The post's first attempt cut str(val) to a few characters: 1.999 becomes '1.' and 1e-05 becomes "
                        + "'1e', while a format spec rounds ('.2f') or keeps significant digits ('.3g').",
                List.of("value", "str(val)[:2]", "str(val)[:4]", "'{:.2f}'.format(val)", "'{:.3g}'.format(val)"),
                trunc));

        // 3. the templates the other modules use, and a tour of the mini-language
        List<List<String>> tour = new ArrayList<>();
        addRow(tour, BLOG_TEMPLATE, params);
        addRow(tour, "n_iter:{i} alpha:{alpha:.3g} beta:{beta:.3g}", Map.of("i", 2, "alpha", 0.0813, "beta", 3.94));
        addRow(tour, "{p:.2f}", Map.of("p", 0.3149));
        addRow(tour, "epoch {epoch:04d}", Map.of("epoch", 12));
        addRow(tour, "{name!r:>10}|{n:<6,}|{x:^+9.1%}", Map.of("name", "zatta", "n", 1234567, "x", 0.1234));
        addRow(tour, "{x:e} {x:g} {x!r}", Map.of("x", 1e16));
        addRow(tour, "{n:#x} {n:#o} {n:#b} {n:_d}", Map.of("n", 255));
        addRow(tour, "{x:{w}.{p}f}", Map.of("x", Math.PI, "w", 10, "p", 3));
        items.add(Item.table("Templates and their results",
                "Each template is compiled once by Template.compile and formatted with the named values shown; "
                        + "the results are exactly what CPython 3.11 prints for the same call.",
                List.of("template", "values", "result"), tour));

        // 4. parse back
        String t = title.format(params);
        items.add(Item.table("A title reads back into its parameters",
                "RunTitle.parse turns a title back into a map, numbers as numbers, so a folder name is enough "
                        + "to know how a run was made (gamma comes back rounded, as written).",
                List.of("title", "RunTitle.parse(title)"),
                List.of(List.of(t, show(title.parse(t))))));
        return Section.of(ReportConfig.Post.FORMATTING,
                "The blog's post on format: run names built from a parameter dict should not depend on the dict's "
                        + "order, and should round numbers rather than truncate them.",
                items);
    }

    private static String concatenate(Map<String, Object> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "-" + Template.compile("{!s}").format(e.getValue()))
                .collect(Collectors.joining("_"));
    }

    private static void addRow(List<List<String>> rows, String template, Map<String, ?> values) {
        rows.add(List.of(template, show(values), Template.format(template, values)));
    }

    /** A map as a Python dict literal, keys sorted (Template's {@code !r} of each value). */
    static String show(Map<String, ?> values) {
        Template repr = Template.compile("{!r}");
        return values.keySet().stream().sorted()
                .map(k -> repr.format(k) + ": " + repr.format(values.get(k)))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
