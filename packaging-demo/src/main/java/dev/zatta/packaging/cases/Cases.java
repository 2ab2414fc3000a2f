package dev.zatta.packaging.cases;

import dev.zatta.packaging.Doctor;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalogue of cases: each writes its fixture under its own folder of the lab, reproduces the
 * failure, shows that the fix works, and asks the {@link Doctor} about the failing setup.
 *
 * <p>Module-path cases follow the layout {@code CASE/src/MODULE/...} for sources and
 * {@code CASE/mods/MODULE/} for the compiled modules of the failing setup. Not thread-safe.
 */
public final class Cases {
    /** The text every Japanese fixture returns. */
    public static final String GREETING = "こんにちは、世界";

    private final Lab lab;
    private final Optional<Path> jdk17;
    private final Optional<Path> jdk18plus;

    /**
     * @param lab where the fixtures are written and built
     * @param jdk17 a JDK 17 home for the default-encoding case, or empty to skip that step
     * @param jdk18plus a JDK 18+ home for the default-encoding case, or empty to skip that step
     */
    public Cases(Lab lab, Optional<Path> jdk17, Optional<Path> jdk18plus) {
        this.lab = lab;
        this.jdk17 = jdk17;
        this.jdk18plus = jdk18plus;
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
        Map<String, Supplier<CaseResult>> all = new LinkedHashMap<>();
        all.put("not-exported", this::notExported);
        all.put("requires-missing", this::requiresMissing);
        all.put("module-absent", this::moduleAbsent);
        all.put("split-package", this::splitPackage);
        all.put("resource-not-opened", this::resourceNotOpened);
        all.put("wrong-source-root", this::wrongSourceRoot);
        all.put("ascii-encoding", this::asciiEncoding);
        all.put("latin1-encoding", this::latin1Encoding);
        all.put("shift-jis-as-utf8", this::shiftJisAsUtf8);
        all.put("default-encoding", this::defaultEncoding);
        all.put("cycle", this::cycle);
        Supplier<CaseResult> c = all.get(name);
        if (c == null) {
            throw new IllegalArgumentException("case: unknown case '" + name + "'; expected one of " + names());
        }
        return c.get();
    }

    // ------------------------------------------------------------------------------ the fixtures

    private static final String GREETER = """
            package sample.lib;

            public class Greeter {
                public static String greet() {
                    return "hello from sample.lib";
                }
            }
            """;

    private static final String SECRET = """
            package sample.lib.internal;

            public class Secret {
                public static String word() {
                    return "and its internal secret";
                }
            }
            """;

    private static String main(String imports, String body) {
        return "package app;\n\n" + imports + "\npublic class Main {\n    public static String run() throws Exception {\n"
                + body + "\n    }\n\n    public static void main(String[] args) throws Exception {\n"
                + "        System.out.println(run());\n    }\n}\n";
    }

    private static final String MAIN_USES_INTERNAL = main("""
            import sample.lib.Greeter;
            import sample.lib.internal.Secret;
            """, "        return Greeter.greet() + \", \" + Secret.word();");

    private static final String MAIN_USES_GREETER = main("import sample.lib.Greeter;\n",
            "        return Greeter.greet();");

    // ------------------------------------------------------------------------------ module path

    /** A subpackage the library does not export. */
    public CaseResult notExported() {
        String c = "not-exported/";
        List<Path> lib = lab.writeAll(Map.of(
                c + "src/sample.lib/sample/lib/Greeter.java", GREETER,
                c + "src/sample.lib/sample/lib/internal/Secret.java", SECRET));
        Path libInfo = lab.write(c + "src/sample.lib/module-info.java", "module sample.lib {\n    exports sample.lib;\n}\n");
        Path libInfoFixed = lab.write(c + "fix/sample.lib/module-info.java",
                "module sample.lib {\n    exports sample.lib;\n    exports sample.lib.internal;\n}\n");
        Path main = lab.write(c + "src/app/app/Main.java", MAIN_USES_INTERNAL);
        Path appInfo = lab.write(c + "src/app/module-info.java", "module app {\n    requires sample.lib;\n}\n");
        List<Step> steps = new ArrayList<>();

        steps.add(classPath(c, "app.Main", concat(lib, List.of(main))));
        require(lab.compile(c + "mods/sample.lib", List.of(), concat(lib, List.of(libInfo))));
        steps.add(new Step("module-path-compile", "javac on the module path", "javac -d mods/sample.lib $(find src/sample.lib -name '*.java')\n"
                + "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", modulePath(c + "mods"), List.of(appInfo, main))));
        // the run-time face: app was compiled against a sample.lib that still exported its internals
        require(lab.compile(c + "v1/sample.lib", List.of(), concat(lib, List.of(libInfoFixed))));
        require(lab.compile(c + "mods/app", modulePath(c + "v1"), List.of(appInfo, main)));
        steps.add(new Step("module-path-run", "app compiled against a sample.lib that exported internal, run with one that does not",
                "java -p mods -m app/app.Main", false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        steps.add(new Step("fix", "fix: `exports sample.lib.internal;` in sample.lib's module-info.java",
                "javac -d v1/sample.lib fix/sample.lib/module-info.java $(find src/sample.lib -name '*.java' ! -name module-info.java)\n"
                        + "java -p v1/sample.lib:mods/app -m app/app.Main",
                true, lab.runModule(List.of(lab.path(c + "v1/sample.lib"), lab.path(c + "mods/app")), "app", "app.Main")));
        return new CaseResult("not-exported", "a subpackage the library does not export",
                "from sample.lib.internal import secret works, because Python has no exports; the nearest cousin is a "
                        + "name missing from __all__ or a leading underscore, which Python only asks you to respect",
                steps, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** The app uses a module it does not {@code requires}. */
    public CaseResult requiresMissing() {
        String c = "requires-missing/";
        Path greeter = lab.write(c + "src/sample.lib/sample/lib/Greeter.java", GREETER);
        Path libInfo = lab.write(c + "src/sample.lib/module-info.java", "module sample.lib {\n    exports sample.lib;\n}\n");
        Path main = lab.write(c + "src/app/app/Main.java", MAIN_USES_GREETER);
        Path appInfo = lab.write(c + "src/app/module-info.java", "module app {\n}\n");
        Path appInfoFixed = lab.write(c + "fix/app/module-info.java", "module app {\n    requires sample.lib;\n}\n");
        List<Step> steps = new ArrayList<>();

        steps.add(classPath(c, "app.Main", List.of(greeter, main)));
        require(lab.compile(c + "mods/sample.lib", List.of(), List.of(libInfo, greeter)));
        steps.add(new Step("module-path-compile", "javac on the module path", "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", modulePath(c + "mods"), List.of(appInfo, main))));
        // the run-time face: classes compiled with the requires, a module-info.class without it
        require(lab.compile(c + "mods/app", modulePath(c + "mods"), List.of(appInfoFixed, main)));
        require(lab.compile(c + "descriptor-only/app", List.of(), List.of(appInfo)));
        lab.copy(c + "descriptor-only/app/module-info.class", c + "mods/app/module-info.class");
        steps.add(new Step("module-path-run", "classes compiled with `requires sample.lib`, run with a module-info.class without it",
                "java -p mods -m app/app.Main", false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        require(lab.compile(c + "fixed/app", modulePath(c + "mods"), List.of(appInfoFixed, main)));
        steps.add(new Step("fix", "fix: `requires sample.lib;` in app's module-info.java",
                "javac -p mods -d fixed/app fix/app/module-info.java src/app/app/Main.java\n"
                        + "java -p mods/sample.lib:fixed/app -m app/app.Main",
                true, lab.runModule(List.of(lab.path(c + "mods/sample.lib"), lab.path(c + "fixed/app")), "app", "app.Main")));
        return new CaseResult("requires-missing", "the app uses a module it does not require",
                "ImportError: No module named 'sample' when the folder that holds sample is not on sys.path",
                steps, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** A required module is not on the module path at all. */
    public CaseResult moduleAbsent() {
        String c = "module-absent/";
        Path b = lab.write(c + "src/lib.b/b/B.java", "package b;\n\npublic class B {\n    public static String name() {\n        return \"lib.b\";\n    }\n}\n");
        Path bInfo = lab.write(c + "src/lib.b/module-info.java", "module lib.b {\n    exports b;\n}\n");
        Path main = lab.write(c + "src/app/app/Main.java", main("import b.B;\n", "        return \"app uses \" + B.name();"));
        Path appInfo = lab.write(c + "src/app/module-info.java", "module app {\n    requires lib.b;\n}\n");
        List<Step> steps = new ArrayList<>();

        lab.mkdirs(c + "mods");
        steps.add(new Step("module-path-compile", "javac with lib.b missing from the module path",
                "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", modulePath(c + "mods"), List.of(appInfo, main))));
        require(lab.compile(c + "full/lib.b", List.of(), List.of(bInfo, b)));
        require(lab.compile(c + "mods/app", modulePath(c + "full"), List.of(appInfo, main)));
        steps.add(new Step("module-path-run", "java with lib.b missing from the module path", "java -p mods -m app/app.Main",
                false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        steps.add(new Step("fix", "fix: put lib.b on the module path", "java -p mods:full -m app/app.Main",
                true, lab.runModule(List.of(lab.path(c + "mods"), lab.path(c + "full")), "app", "app.Main")));
        return new CaseResult("module-absent", "a required module is not on the module path",
                "ModuleNotFoundError: No module named 'sample' when the package is not installed",
                steps, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** Two modules contain the same package. */
    public CaseResult splitPackage() {
        String c = "split-package/";
        String greeting = "package shared;\n\npublic class Greeting {\n    public static String who() {\n"
                + "        return \"shared.Greeting from %s\";\n    }\n}\n";
        Path ga = lab.write(c + "src/lib.a/shared/Greeting.java", greeting.formatted("lib.a"));
        Path aInfo = lab.write(c + "src/lib.a/module-info.java", "module lib.a {\n    exports shared;\n}\n");
        Path gb = lab.write(c + "src/lib.b/shared/Greeting.java", greeting.formatted("lib.b"));
        Path bInfo = lab.write(c + "src/lib.b/module-info.java", "module lib.b {\n    exports shared;\n}\n");
        Path main = lab.write(c + "src/app/app/Main.java", main("import shared.Greeting;\n", "        return Greeting.who();"));
        Path appInfo = lab.write(c + "src/app/module-info.java", "module app {\n    requires lib.a;\n    requires lib.b;\n}\n");
        // lib.b, second version: shared is only an internal package of it, next to its API package b
        Path b2 = lab.write(c + "src2/lib.b/b/B.java", "package b;\n\npublic class B {\n    public static String name() {\n"
                + "        return \"lib.b, which keeps \" + shared.Greeting.who() + \" inside\";\n    }\n}\n");
        Path gb2 = lab.write(c + "src2/lib.b/shared/Greeting.java", greeting.formatted("lib.b"));
        Path b2Info = lab.write(c + "src2/lib.b/module-info.java", "module lib.b {\n    exports b;\n}\n");
        Path main2 = lab.write(c + "src2/app/app/Main.java", main("import shared.Greeting;\nimport b.B;\n",
                "        return Greeting.who() + \"; \" + B.name();"));
        // the fix: lib.b's internal package gets a name of its own
        Path b3 = lab.write(c + "fix/lib.b/b/B.java", "package b;\n\npublic class B {\n    public static String name() {\n"
                + "        return \"lib.b, which keeps \" + b.internal.Greeting.who() + \" inside\";\n    }\n}\n");
        Path gb3 = lab.write(c + "fix/lib.b/b/internal/Greeting.java", greeting.replace("package shared;", "package b.internal;")
                .formatted("lib.b"));
        List<Step> steps = new ArrayList<>();

        // class path: two plain jars, the first one wins without a word
        require(lab.compile(c + "cp/lib.a", List.of(), List.of(ga)));
        require(lab.compile(c + "cp/lib.b", List.of(), List.of(gb)));
        require(lab.compile(c + "cp/app", List.of("-cp", lab.path(c + "cp/lib.a").toString()), List.of(main)));
        Path jarA = lab.jar(c + "cp/lib-a.jar", c + "cp/lib.a");
        Path jarB = lab.jar(c + "cp/lib-b.jar", c + "cp/lib.b");
        steps.add(new Step("class-path", "class path lib-a.jar:lib-b.jar", "java -cp cp/lib-a.jar:cp/lib-b.jar:cp/app app.Main",
                true, lab.runClassPath(List.of(jarA, jarB, lab.path(c + "cp/app")), "app.Main")));
        steps.add(new Step("class-path-reversed", "class path lib-b.jar:lib-a.jar", "java -cp cp/lib-b.jar:cp/lib-a.jar:cp/app app.Main",
                true, lab.runClassPath(List.of(jarB, jarA, lab.path(c + "cp/app")), "app.Main")));

        require(lab.compile(c + "mods/lib.a", List.of(), List.of(aInfo, ga)));
        require(lab.compile(c + "mods/lib.b", List.of(), List.of(bInfo, gb)));
        steps.add(new Step("module-path-compile", "javac: both modules export shared",
                "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", modulePath(c + "mods"), List.of(appInfo, main))));
        // app compiled where lib.b kept shared to itself, then run with the lib.b that exports it
        require(lab.compile(c + "mods2/lib.a", List.of(), List.of(aInfo, ga)));
        require(lab.compile(c + "mods2/lib.b", List.of(), List.of(b2Info, b2, gb2)));
        require(lab.compile(c + "mods/app", modulePath(c + "mods2"), List.of(appInfo, main)));
        steps.add(new Step("module-path-resolve", "java: both modules export shared (app compiled elsewhere)",
                "java -p mods -m app/app.Main", false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        steps.add(new Step("unexported-compile", "javac: lib.b keeps shared to itself",
                "javac -p mods2 -d mods2/app $(find src2/app -name '*.java')", true,
                lab.compile(c + "mods2/app", modulePath(c + "mods2"), List.of(appInfo, main2))));
        steps.add(new Step("module-path-run", "java: lib.b keeps shared to itself", "java -p mods2 -m app/app.Main",
                false, lab.runModule(List.of(lab.path(c + "mods2")), "app", "app.Main")));
        require(lab.compile(c + "fixed/lib.b", List.of(), List.of(b2Info, b3, gb3)));
        steps.add(new Step("fix", "fix: lib.b renames its internal package to b.internal",
                "javac -d fixed/lib.b $(find fix/lib.b src2/lib.b/module-info.java -name '*.java')\n"
                        + "java -p mods2/lib.a:fixed/lib.b:mods2/app -m app/app.Main", true,
                lab.runModule(List.of(lab.path(c + "mods2/lib.a"), lab.path(c + "fixed/lib.b"), lab.path(c + "mods2/app")),
                        "app", "app.Main")));
        return new CaseResult("split-package", "two modules contain the same package",
                "two folders on sys.path with a package of the same name: the first one shadows the other",
                steps, Doctor.checkModules(List.of(lab.path(c + "mods2")), "app"));
    }

    /** A resource in a package that is not opened. */
    public CaseResult resourceNotOpened() {
        String c = "resource-not-opened/";
        Path greeter = lab.write(c + "src/sample.lib/sample/lib/Greeter.java", GREETER);
        Path libInfo = lab.write(c + "src/sample.lib/module-info.java", "module sample.lib {\n    exports sample.lib;\n}\n");
        Path libInfoFixed = lab.write(c + "fix/sample.lib/module-info.java",
                "module sample.lib {\n    exports sample.lib;\n    opens sample.lib;\n}\n");
        String resource = "hello from sample/lib/greeting.txt\n";
        lab.write(c + "src/sample.lib/sample/lib/greeting.txt", resource);
        Path main = lab.write(c + "src/app/app/Main.java", main("import java.io.InputStream;\nimport sample.lib.Greeter;\n", """
                        try (InputStream in = Greeter.class.getResourceAsStream("greeting.txt")) {
                            if (in == null) {
                                throw new IllegalStateException("greeting.txt: getResourceAsStream returned null");
                            }
                            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                        }""".stripTrailing()));
        Path appInfo = lab.write(c + "src/app/module-info.java", "module app {\n    requires sample.lib;\n}\n");
        List<Step> steps = new ArrayList<>();

        require(lab.compile(c + "cp", List.of(), List.of(greeter, main)));
        lab.write(c + "cp/sample/lib/greeting.txt", resource);
        steps.add(new Step("class-path", "on the class path", "java -cp cp app.Main", true,
                lab.runClassPath(List.of(lab.path(c + "cp")), "app.Main")));
        require(lab.compile(c + "mods/sample.lib", List.of(), List.of(libInfo, greeter)));
        lab.write(c + "mods/sample.lib/sample/lib/greeting.txt", resource);
        require(lab.compile(c + "mods/app", modulePath(c + "mods"), List.of(appInfo, main)));
        steps.add(new Step("module-path-run", "on the module path", "java -p mods -m app/app.Main", false,
                lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        require(lab.compile(c + "fixed/sample.lib", List.of(), List.of(libInfoFixed, greeter)));
        lab.write(c + "fixed/sample.lib/sample/lib/greeting.txt", resource);
        steps.add(new Step("fix", "fix: `opens sample.lib;` in sample.lib's module-info.java",
                "java -p fixed/sample.lib:mods/app -m app/app.Main", true,
                lab.runModule(List.of(lab.path(c + "fixed/sample.lib"), lab.path(c + "mods/app")), "app", "app.Main")));
        return new CaseResult("resource-not-opened", "a resource in a package that is not opened",
                "open(os.path.join(os.path.dirname(__file__), 'greeting.txt')) works; pkgutil.get_data finds it too",
                steps, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** The blog's case, literally: test_module/Begin run from the wrong folder. */
    public CaseResult wrongSourceRoot() {
        String c = "wrong-source-root/";
        Path sample = lab.write(c + "src/test_module/Sample.java", """
                package test_module;

                public class Sample {
                    public static String sample() {
                        return "sample() of test_module.Sample";
                    }
                }
                """);
        Path begin = lab.write(c + "src/test_module/Begin.java", """
                package test_module;

                public class Begin {
                    public static String run() {
                        return "Begin calls " + Sample.sample();
                    }

                    public static void main(String[] args) {
                        System.out.println(run());
                    }
                }
                """);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("compile", "compile from the parent folder", "cd src && javac -d ../out test_module/*.java",
                true, lab.compile(c + "out", List.of(), List.of(begin, sample))));
        steps.add(new Step("run-next-to-files", "run next to the files, as the blog did",
                "cd out/test_module && java -cp . Begin", false,
                lab.runClassPath(List.of(lab.path(c + "out/test_module")), "Begin")));
        steps.add(new Step("fix", "fix: run from the source root, with the package in the name",
                "java -cp out test_module.Begin", true, lab.runClassPath(List.of(lab.path(c + "out")), "test_module.Begin")));
        return new CaseResult("wrong-source-root", "test_module/Begin: the root you compile and run from",
                "cd test_module && python begin.py works; from the parent, import test_module.begin fails with "
                        + "ModuleNotFoundError: No module named 'sample' (PEP 328: no implicit relative imports)",
                steps, Doctor.checkSources(lab.path(c + "src/test_module"), StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------ encodings

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

    /** Japanese UTF-8 source compiled with {@code -encoding US-ASCII}. */
    public CaseResult asciiEncoding() {
        String c = "ascii-encoding/";
        Path withComment = lab.write(c + "src/enc/Hello.java", japaneseSource(true));
        Path without = lab.write(c + "src-no-coding-line/enc/Hello.java", japaneseSource(false));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("ascii", "-encoding US-ASCII, with a `// -*- coding: utf-8 -*-` first line",
                "javac -encoding US-ASCII -d out src/enc/Hello.java", false,
                lab.compile(c + "out", List.of("-encoding", "US-ASCII"), List.of(withComment))));
        steps.add(new Step("ascii-no-coding-line", "-encoding US-ASCII, without the coding line",
                "javac -encoding US-ASCII -d out2 src-no-coding-line/enc/Hello.java", false,
                lab.compile(c + "out2", List.of("-encoding", "US-ASCII"), List.of(without))));
        steps.add(utf8Fix(c, withComment));
        return new CaseResult("ascii-encoding", "Japanese UTF-8 source read as US-ASCII",
                "SyntaxError: Non-ASCII character '\\xe6' in file begin.py (Python 2 without a coding line; "
                        + "Python 3 reads UTF-8 by default)",
                steps, Doctor.checkSources(lab.path(c + "src"), StandardCharsets.US_ASCII));
    }

    /** Japanese UTF-8 source compiled with {@code -encoding ISO-8859-1}: an error, or silent mojibake. */
    public CaseResult latin1Encoding() {
        String c = "latin1-encoding/";
        Path identifiers = lab.write(c + "src/enc/Hello.java", japaneseSource(false));
        Path stringsOnly = lab.write(c + "src-strings-only/enc/Hello.java", japaneseCommentsAndStrings());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("identifiers", "-encoding ISO-8859-1, Japanese identifiers",
                "javac -encoding ISO-8859-1 -d out src/enc/Hello.java", false,
                lab.compile(c + "out", List.of("-encoding", "ISO-8859-1"), List.of(identifiers))));
        steps.add(new Step("strings-only-compile", "-encoding ISO-8859-1, Japanese in comments and strings only",
                "javac -encoding ISO-8859-1 -d out2 src-strings-only/enc/Hello.java", true,
                lab.compile(c + "out2", List.of("-encoding", "ISO-8859-1"), List.of(stringsOnly))));
        steps.add(new Step("strings-only-run", "... and run: the string constant is mojibake", "java -cp out2 enc.Hello", true,
                lab.runClassPath(List.of(lab.path(c + "out2")), "enc.Hello")));
        steps.add(utf8Fix(c, identifiers));
        return new CaseResult("latin1-encoding", "Japanese UTF-8 source read as ISO-8859-1",
                "print('日本語') shows æ—¥æœ¬èªž when the bytes are read as Latin-1 (or windows-1252) somewhere on the way",
                steps, Doctor.checkSources(lab.path(c + "src-strings-only"), StandardCharsets.ISO_8859_1));
    }

    /** A Shift_JIS source compiled with {@code -encoding UTF-8}. */
    public CaseResult shiftJisAsUtf8() {
        String c = "shift-jis-as-utf8/";
        Charset sjis = Charset.forName("Shift_JIS");
        Path file = lab.write(c + "src/enc/Hello.java", japaneseSource(false).getBytes(sjis));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("utf8", "a Shift_JIS file, -encoding UTF-8", "javac -encoding UTF-8 -d out src/enc/Hello.java", false,
                lab.compile(c + "out", List.of("-encoding", "UTF-8"), List.of(file))));
        Outcome fixed = lab.compile(c + "fixed", List.of("-encoding", "Shift_JIS"), List.of(file));
        steps.add(new Step("fix", "fix: -encoding Shift_JIS (or convert the file to UTF-8)",
                "javac -encoding Shift_JIS -d fixed src/enc/Hello.java && java -cp fixed enc.Hello", true,
                fixed.success() ? lab.runClassPath(List.of(lab.path(c + "fixed")), "enc.Hello") : fixed));
        return new CaseResult("shift-jis-as-utf8", "a Shift_JIS source read as UTF-8",
                "SyntaxError: Non-UTF-8 code starting with '\\x93' in file begin.py on line 1, but no encoding declared "
                        + "(Python 3, a Shift_JIS file: here, unlike in Java, a `# -*- coding: shift_jis -*-` line does fix it)",
                steps, Doctor.checkSources(lab.path(c + "src"), StandardCharsets.UTF_8));
    }

    /** No {@code -encoding}, {@code LANG=C}: JDK 17 reads ASCII, JDK 18+ reads UTF-8 (JEP 400). */
    public CaseResult defaultEncoding() {
        String c = "default-encoding/";
        lab.write(c + "src/enc/Hello.java", japaneseSource(false));
        List<Step> steps = new ArrayList<>();
        steps.add(javacInC(c, "jdk17", jdk17, "JDK 17", List.of(), false));
        steps.add(javacInC(c, "jdk18plus", jdk18plus, "JDK 18+", List.of(), true));
        Step fix = javacInC(c, "fix", jdk17, "fix: JDK 17 with -encoding UTF-8", List.of("-encoding", "UTF-8"), true);
        if (fix.outcome().success()) { // and it runs: the string constant is right
            fix = new Step(fix.key(), fix.title(), fix.command() + " && java -cp ../out-fix enc.Hello", true,
                    lab.runClassPath(List.of(lab.path(c + "out-fix")), "enc.Hello"));
        }
        steps.add(fix);
        return new CaseResult("default-encoding", "no -encoding under LANG=C: JDK 17 vs JDK 18+ (JEP 400)",
                "print('日本語') under LANG=C in Python 3.6: UnicodeEncodeError: 'ascii' codec can't encode characters "
                        + "(PEP 538/540 made 3.7 use UTF-8 in the C locale)",
                steps, Doctor.checkSources(lab.path(c + "src"), StandardCharsets.US_ASCII));
    }

    private Step javacInC(String c, String key, Optional<Path> jdk, String title, List<String> options, boolean expect) {
        String out = "out-" + key;
        if (jdk.isEmpty()) {
            return new Step(key, title + ", LANG=C", "LANG=C LC_ALL=C javac -d " + out + " enc/Hello.java", expect,
                    Outcome.skipped("no " + (title.contains("18") ? "JDK 18 or newer" : "JDK 17") + " found in "
                            + "java.home, -D" + Jdks.PROPERTY + " or /usr/lib/jvm"));
        }
        Path javac = jdk.get().resolve("bin/javac");
        List<String> command = new ArrayList<>(List.of(javac.toString()));
        command.addAll(options);
        command.addAll(List.of("-d", "../" + out, "enc/Hello.java"));
        return new Step(key, title + " (" + jdk.get() + "), LANG=C", "cd src && LANG=C LC_ALL=C " + String.join(" ", command),
                expect, lab.runProcessInCLocale(c + "src", command));
    }

    private Step utf8Fix(String c, Path file) {
        Outcome compiled = lab.compile(c + "fixed", List.of("-encoding", "UTF-8"), List.of(file));
        return new Step("fix", "fix: -encoding UTF-8 (Maven: <project.build.sourceEncoding>UTF-8)",
                "javac -encoding UTF-8 -d fixed src/enc/Hello.java && java -cp fixed enc.Hello", true,
                compiled.success() ? lab.runClassPath(List.of(lab.path(c + "fixed")), "enc.Hello") : compiled);
    }

    // ------------------------------------------------------------------------------ cycle

    /** Two modules that require each other. */
    public CaseResult cycle() {
        String c = "cycle/";
        Path a = lab.write(c + "src/lib.a/a/A.java", "package a;\n\npublic class A {\n    public static String run() {\n"
                + "        return \"lib.a uses \" + b.B.name();\n    }\n\n    public static String name() {\n        return \"lib.a\";\n    }\n}\n");
        Path aInfo = lab.write(c + "src/lib.a/module-info.java", "module lib.a {\n    requires lib.b;\n    exports a;\n}\n");
        Path b = lab.write(c + "src/lib.b/b/B.java", "package b;\n\npublic class B {\n    public static String name() {\n"
                + "        return \"lib.b (next to \" + a.A.class.getSimpleName() + \")\";\n    }\n}\n");
        Path bInfo = lab.write(c + "src/lib.b/module-info.java", "module lib.b {\n    requires lib.a;\n    exports b;\n}\n");
        // the fix: B no longer needs A
        Path bFixed = lab.write(c + "fix/lib.b/b/B.java", "package b;\n\npublic class B {\n    public static String name() {\n"
                + "        return \"lib.b\";\n    }\n}\n");
        Path bInfoFixed = lab.write(c + "fix/lib.b/module-info.java", "module lib.b {\n    exports b;\n}\n");
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("module-path-compile", "javac both modules", "javac --module-source-path src -d out $(find src -name '*.java')",
                false, lab.compile(c + "out", List.of("--module-source-path", lab.path(c + "src").toString()), List.of(aInfo, a, bInfo, b))));
        // build the cyclic binaries as they come about in real life: one module at a time, each against an
        // older version of the other
        require(lab.compile(c + "stage/lib.b", List.of(), List.of(bInfoFixed, bFixed)));
        require(lab.compile(c + "mods/lib.a", modulePath(c + "stage"), List.of(aInfo, a)));
        Path aStub = lab.write(c + "stub/lib.a/a/A.java", "package a;\n\npublic class A {\n}\n");
        Path aStubInfo = lab.write(c + "stub/lib.a/module-info.java", "module lib.a {\n    exports a;\n}\n");
        require(lab.compile(c + "stub-out/lib.a", List.of(), List.of(aStubInfo, aStub)));
        require(lab.compile(c + "mods/lib.b", modulePath(c + "stub-out"), List.of(bInfo, b)));
        steps.add(new Step("module-path-run", "java with lib.a and lib.b built one at a time", "java -p mods -m lib.a/a.A",
                false, lab.runModule(List.of(lab.path(c + "mods")), "lib.a", "a.A")));
        steps.add(new Step("fix", "fix: lib.b no longer requires lib.a",
                "javac -d stage/lib.b fix/lib.b/module-info.java fix/lib.b/b/B.java\n"
                        + "java -p mods/lib.a:stage/lib.b -m lib.a/a.A", true,
                lab.runModule(List.of(lab.path(c + "mods/lib.a"), lab.path(c + "stage/lib.b")), "lib.a", "a.A")));
        return new CaseResult("cycle", "two modules that require each other",
                "ImportError: cannot import name 'A' from partially initialized module 'a' (most likely due to a "
                        + "circular import)",
                steps, Doctor.checkModules(List.of(lab.path(c + "mods")), "lib.a"));
    }

    // ------------------------------------------------------------------------------ helpers

    private Step classPath(String c, String mainClass, List<Path> sources) {
        Outcome compiled = lab.compile(c + "cp", List.of(), sources);
        return new Step("class-path", "on the class path (no module-info.java)",
                "javac -d cp $(find src -name '*.java' ! -name module-info.java) && java -cp cp " + mainClass, true,
                compiled.success() ? lab.runClassPath(List.of(lab.path(c + "cp")), mainClass) : compiled);
    }

    private List<String> modulePath(String dir) {
        return List.of("--module-path", lab.path(dir).toString());
    }

    private static void require(Outcome o) {
        if (!o.success()) {
            throw new IllegalStateException("a fixture that should build did not: " + o.render());
        }
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
