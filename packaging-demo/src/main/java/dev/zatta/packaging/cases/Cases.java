package dev.zatta.packaging.cases;

import dev.zatta.packaging.Doctor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalogue of cases: each writes its fixture under its own folder of the lab, reproduces the
 * failure, shows that the fix works, and asks the {@link Doctor} about the failing setup. The module-path
 * cases are written by {@code ModulePathCases}, the source cases by {@code SourceCases}.
 *
 * <p>Module-path cases follow the layout {@code CASE/src/MODULE/...} for sources and
 * {@code CASE/mods/MODULE/} for the compiled modules of the failing setup. Not thread-safe.
 */
public final class Cases {
    /** The text every Japanese fixture returns. */
    public static final String GREETING = "こんにちは、世界";

    private final Map<String, Supplier<CaseResult>> all = new LinkedHashMap<>();

    /**
     * @param lab where the fixtures are written and built
     * @param jdk17 a JDK 17 home for the default-encoding case, or empty to skip that step
     * @param jdk18plus a JDK 18+ home for the default-encoding case, or empty to skip that step
     */
    public Cases(Lab lab, Optional<Path> jdk17, Optional<Path> jdk18plus) {
        ModulePathCases modules = new ModulePathCases(lab);
        SourceCases sources = new SourceCases(lab, jdk17, jdk18plus);
        all.put("not-exported", modules::notExported);
        all.put("requires-missing", modules::requiresMissing);
        all.put("module-absent", modules::moduleAbsent);
        all.put("split-package", modules::splitPackage);
        all.put("resource-not-opened", modules::resourceNotOpened);
        all.put("wrong-source-root", sources::wrongSourceRoot);
        all.put("ascii-encoding", sources::asciiEncoding);
        all.put("latin1-encoding", sources::latin1Encoding);
        all.put("shift-jis-as-utf8", sources::shiftJisAsUtf8);
        all.put("default-encoding", sources::defaultEncoding);
        all.put("cycle", modules::cycle);
    }

    /** A catalogue whose JDKs are found by {@link Jdks}. */
    public static Cases withInstalledJdks(Lab lab) {
        return new Cases(lab, Jdks.find(v -> v == 17), Jdks.find(v -> v >= 18));
    }

    /** The case names, in the order of the README's table. */
    public static List<String> names() {
        return List.of("not-exported", "requires-missing", "module-absent", "split-package", "resource-not-opened",
                "wrong-source-root", "ascii-encoding", "latin1-encoding", "shift-jis-as-utf8", "default-encoding",
                "cycle");
    }

    /**
     * Runs the case called {@code name}.
     *
     * @throws IllegalArgumentException if there is no such case
     */
    public CaseResult run(String name) {
        Supplier<CaseResult> c = all.get(name);
        if (c == null) {
            throw new IllegalArgumentException("case: unknown case '" + name + "'; expected one of " + names());
        }
        return c.get();
    }

    /** A UTF-8 source with Japanese in comments, strings and identifiers. */
    public static String japaneseSource(boolean codingComment) {
        return (codingComment ? "// -*- coding: utf-8 -*-\n" : "") + """
                package enc;

                /** 日本語のコメント: 挨拶を返す。 */
                public class Hello {
                    public static String 挨拶() {
                        return "%s";
                    }

                    public static String run() {
                        return 挨拶();
                    }

                    public static void main(String[] args) {
                        System.out.println(run());
                    }
                }
                """.formatted(GREETING);
    }

    /** The same with Japanese only in comments and strings: identifiers are ASCII. */
    public static String japaneseCommentsAndStrings() {
        return """
                package enc;

                /** 日本語のコメント: 挨拶を返す。 */
                public class Hello {
                    public static String run() {
                        return "%s";
                    }

                    public static void main(String[] args) {
                        System.out.println(run());
                    }
                }
                """.formatted(GREETING);
    }
}
