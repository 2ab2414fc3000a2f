package dev.zatta.packaging.cases;

import dev.zatta.packaging.Doctor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The module-path cases: each writes its fixture below {@code CASE/} of the lab ({@code src/MODULE/...}
 * for sources, {@code mods/MODULE/} for the compiled modules of the failing setup), reproduces the
 * failure, shows that the fix works, and asks the {@link Doctor} about the failing setup. Not thread-safe.
 */
final class ModulePathCases {
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

    private static final String SAMPLE_LIB_INFO = """
            module sample.lib {
                exports sample.lib;
            }
            """;

    /** lib.b with nothing but its API package b, which needs no other module. */
    private static final String LIB_B = """
            package b;

            public class B {
                public static String name() {
                    return "lib.b";
                }
            }
            """;

    private static final String LIB_B_INFO = """
            module lib.b {
                exports b;
            }
            """;

    private static final String APP_REQUIRES_SAMPLE_LIB = """
            module app {
                requires sample.lib;
            }
            """;

    /** app.Main: {@code imports} (each line ending in a newline), then {@code run()} with {@code body}. */
    private static final String MAIN = """
            package app;

            %s
            public class Main {
                public static String run() throws Exception {
            %s
                }

                public static void main(String[] args) throws Exception {
                    System.out.println(run());
                }
            }
            """;

    private static String main(String imports, String body) {
        return MAIN.formatted(imports, body);
    }

    private static final String MAIN_USES_INTERNAL = main("""
            import sample.lib.Greeter;
            import sample.lib.internal.Secret;
            """, "        return Greeter.greet() + \", \" + Secret.word();");

    private static final String MAIN_USES_GREETER = main("import sample.lib.Greeter;\n",
            "        return Greeter.greet();");

    private final Lab lab;
    private final Steps steps;

    ModulePathCases(Lab lab) {
        this.lab = lab;
        this.steps = new Steps(lab);
    }

    /** A subpackage the library does not export. */
    CaseResult notExported() {
        String c = "not-exported/";
        List<Path> lib = lab.writeAll(Map.of(
                c + "src/sample.lib/sample/lib/Greeter.java", GREETER,
                c + "src/sample.lib/sample/lib/internal/Secret.java", SECRET));
        Path libInfo = lab.write(c + "src/sample.lib/module-info.java", SAMPLE_LIB_INFO);
        Path libInfoFixed = lab.write(c + "fix/sample.lib/module-info.java", """
                module sample.lib {
                    exports sample.lib;
                    exports sample.lib.internal;
                }
                """);
        Path main = lab.write(c + "src/app/app/Main.java", MAIN_USES_INTERNAL);
        Path appInfo = lab.write(c + "src/app/module-info.java", APP_REQUIRES_SAMPLE_LIB);
        List<Step> result = new ArrayList<>();

        result.add(steps.classPath(c, "app.Main", Steps.concat(lib, List.of(main))));
        Steps.require(lab.compile(c + "mods/sample.lib", List.of(), Steps.concat(lib, List.of(libInfo))));
        result.add(new Step("module-path-compile", "javac on the module path",
                "javac -d mods/sample.lib $(find src/sample.lib -name '*.java')\n"
                        + "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", steps.modulePath(c + "mods"), List.of(appInfo, main))));
        // the run-time face: app was compiled against a sample.lib that still exported its internals
        Steps.require(lab.compile(c + "v1/sample.lib", List.of(), Steps.concat(lib, List.of(libInfoFixed))));
        Steps.require(lab.compile(c + "mods/app", steps.modulePath(c + "v1"), List.of(appInfo, main)));
        result.add(new Step("module-path-run", "app compiled against a sample.lib that exported internal, run with one that does not",
                "java -p mods -m app/app.Main", false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        result.add(new Step("fix", "fix: `exports sample.lib.internal;` in sample.lib's module-info.java",
                "javac -d v1/sample.lib fix/sample.lib/module-info.java $(find src/sample.lib -name '*.java' ! -name module-info.java)\n"
                        + "java -p v1/sample.lib:mods/app -m app/app.Main",
                true, lab.runModule(List.of(lab.path(c + "v1/sample.lib"), lab.path(c + "mods/app")), "app", "app.Main")));
        return new CaseResult("not-exported", "a subpackage the library does not export",
                "from sample.lib.internal import secret works, because Python has no exports; the nearest cousin is a "
                        + "name missing from __all__ or a leading underscore, which Python only asks you to respect",
                result, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** The app uses a module it does not {@code requires}. */
    CaseResult requiresMissing() {
        String c = "requires-missing/";
        Path greeter = lab.write(c + "src/sample.lib/sample/lib/Greeter.java", GREETER);
        Path libInfo = lab.write(c + "src/sample.lib/module-info.java", SAMPLE_LIB_INFO);
        Path main = lab.write(c + "src/app/app/Main.java", MAIN_USES_GREETER);
        Path appInfo = lab.write(c + "src/app/module-info.java", """
                module app {
                }
                """);
        Path appInfoFixed = lab.write(c + "fix/app/module-info.java", APP_REQUIRES_SAMPLE_LIB);
        List<Step> result = new ArrayList<>();

        result.add(steps.classPath(c, "app.Main", List.of(greeter, main)));
        Steps.require(lab.compile(c + "mods/sample.lib", List.of(), List.of(libInfo, greeter)));
        result.add(new Step("module-path-compile", "javac on the module path", "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", steps.modulePath(c + "mods"), List.of(appInfo, main))));
        // the run-time face: classes compiled with the requires, a module-info.class without it
        Steps.require(lab.compile(c + "mods/app", steps.modulePath(c + "mods"), List.of(appInfoFixed, main)));
        Steps.require(lab.compile(c + "descriptor-only/app", List.of(), List.of(appInfo)));
        lab.copy(c + "descriptor-only/app/module-info.class", c + "mods/app/module-info.class");
        result.add(new Step("module-path-run", "classes compiled with `requires sample.lib`, run with a module-info.class without it",
                "java -p mods -m app/app.Main", false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        Steps.require(lab.compile(c + "fixed/app", steps.modulePath(c + "mods"), List.of(appInfoFixed, main)));
        result.add(new Step("fix", "fix: `requires sample.lib;` in app's module-info.java",
                "javac -p mods -d fixed/app fix/app/module-info.java src/app/app/Main.java\n"
                        + "java -p mods/sample.lib:fixed/app -m app/app.Main",
                true, lab.runModule(List.of(lab.path(c + "mods/sample.lib"), lab.path(c + "fixed/app")), "app", "app.Main")));
        return new CaseResult("requires-missing", "the app uses a module it does not require",
                "ImportError: No module named 'sample' when the folder that holds sample is not on sys.path",
                result, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** A required module is not on the module path at all. */
    CaseResult moduleAbsent() {
        String c = "module-absent/";
        Path b = lab.write(c + "src/lib.b/b/B.java", LIB_B);
        Path bInfo = lab.write(c + "src/lib.b/module-info.java", LIB_B_INFO);
        Path main = lab.write(c + "src/app/app/Main.java", main("import b.B;\n", "        return \"app uses \" + B.name();"));
        Path appInfo = lab.write(c + "src/app/module-info.java", """
                module app {
                    requires lib.b;
                }
                """);
        List<Step> result = new ArrayList<>();

        lab.mkdirs(c + "mods");
        result.add(new Step("module-path-compile", "javac with lib.b missing from the module path",
                "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", steps.modulePath(c + "mods"), List.of(appInfo, main))));
        Steps.require(lab.compile(c + "full/lib.b", List.of(), List.of(bInfo, b)));
        Steps.require(lab.compile(c + "mods/app", steps.modulePath(c + "full"), List.of(appInfo, main)));
        result.add(new Step("module-path-run", "java with lib.b missing from the module path", "java -p mods -m app/app.Main",
                false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        result.add(new Step("fix", "fix: put lib.b on the module path", "java -p mods:full -m app/app.Main",
                true, lab.runModule(List.of(lab.path(c + "mods"), lab.path(c + "full")), "app", "app.Main")));
        return new CaseResult("module-absent", "a required module is not on the module path",
                "ModuleNotFoundError: No module named 'sample' when the package is not installed",
                result, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** Two modules contain the same package. */
    CaseResult splitPackage() {
        String c = "split-package/";
        String greeting = """
                package shared;

                public class Greeting {
                    public static String who() {
                        return "shared.Greeting from %s";
                    }
                }
                """;
        String exportsShared = """
                module %s {
                    exports shared;
                }
                """;
        Path ga = lab.write(c + "src/lib.a/shared/Greeting.java", greeting.formatted("lib.a"));
        Path aInfo = lab.write(c + "src/lib.a/module-info.java", exportsShared.formatted("lib.a"));
        Path gb = lab.write(c + "src/lib.b/shared/Greeting.java", greeting.formatted("lib.b"));
        Path bInfo = lab.write(c + "src/lib.b/module-info.java", exportsShared.formatted("lib.b"));
        Path main = lab.write(c + "src/app/app/Main.java", main("import shared.Greeting;\n", "        return Greeting.who();"));
        Path appInfo = lab.write(c + "src/app/module-info.java", """
                module app {
                    requires lib.a;
                    requires lib.b;
                }
                """);
        // lib.b, second version: shared is only an internal package of it, next to its API package b
        String keepsInside = """
                package b;

                public class B {
                    public static String name() {
                        return "lib.b, which keeps " + %s.Greeting.who() + " inside";
                    }
                }
                """;
        Path b2 = lab.write(c + "src2/lib.b/b/B.java", keepsInside.formatted("shared"));
        Path gb2 = lab.write(c + "src2/lib.b/shared/Greeting.java", greeting.formatted("lib.b"));
        Path b2Info = lab.write(c + "src2/lib.b/module-info.java", LIB_B_INFO);
        Path main2 = lab.write(c + "src2/app/app/Main.java", main("import shared.Greeting;\nimport b.B;\n",
                "        return Greeting.who() + \"; \" + B.name();"));
        // the fix: lib.b's internal package gets a name of its own
        Path b3 = lab.write(c + "fix/lib.b/b/B.java", keepsInside.formatted("b.internal"));
        Path gb3 = lab.write(c + "fix/lib.b/b/internal/Greeting.java", greeting.replace("package shared;", "package b.internal;")
                .formatted("lib.b"));
        List<Step> result = new ArrayList<>();

        // class path: two plain jars, the first one wins without a word
        Steps.require(lab.compile(c + "cp/lib.a", List.of(), List.of(ga)));
        Steps.require(lab.compile(c + "cp/lib.b", List.of(), List.of(gb)));
        Steps.require(lab.compile(c + "cp/app", List.of("-cp", lab.path(c + "cp/lib.a").toString()), List.of(main)));
        Path jarA = lab.jar(c + "cp/lib-a.jar", c + "cp/lib.a");
        Path jarB = lab.jar(c + "cp/lib-b.jar", c + "cp/lib.b");
        result.add(new Step("class-path", "class path lib-a.jar:lib-b.jar", "java -cp cp/lib-a.jar:cp/lib-b.jar:cp/app app.Main",
                true, lab.runClassPath(List.of(jarA, jarB, lab.path(c + "cp/app")), "app.Main")));
        result.add(new Step("class-path-reversed", "class path lib-b.jar:lib-a.jar", "java -cp cp/lib-b.jar:cp/lib-a.jar:cp/app app.Main",
                true, lab.runClassPath(List.of(jarB, jarA, lab.path(c + "cp/app")), "app.Main")));

        Steps.require(lab.compile(c + "mods/lib.a", List.of(), List.of(aInfo, ga)));
        Steps.require(lab.compile(c + "mods/lib.b", List.of(), List.of(bInfo, gb)));
        result.add(new Step("module-path-compile", "javac: both modules export shared",
                "javac -p mods -d mods/app $(find src/app -name '*.java')",
                false, lab.compile(c + "mods/app", steps.modulePath(c + "mods"), List.of(appInfo, main))));
        // app compiled where lib.b kept shared to itself, then run with the lib.b that exports it
        Steps.require(lab.compile(c + "mods2/lib.a", List.of(), List.of(aInfo, ga)));
        Steps.require(lab.compile(c + "mods2/lib.b", List.of(), List.of(b2Info, b2, gb2)));
        Steps.require(lab.compile(c + "mods/app", steps.modulePath(c + "mods2"), List.of(appInfo, main)));
        result.add(new Step("module-path-resolve", "java: both modules export shared (app compiled elsewhere)",
                "java -p mods -m app/app.Main", false, lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        result.add(new Step("unexported-compile", "javac: lib.b keeps shared to itself",
                "javac -p mods2 -d mods2/app $(find src2/app -name '*.java')", true,
                lab.compile(c + "mods2/app", steps.modulePath(c + "mods2"), List.of(appInfo, main2))));
        result.add(new Step("module-path-run", "java: lib.b keeps shared to itself", "java -p mods2 -m app/app.Main",
                false, lab.runModule(List.of(lab.path(c + "mods2")), "app", "app.Main")));
        Steps.require(lab.compile(c + "fixed/lib.b", List.of(), List.of(b2Info, b3, gb3)));
        result.add(new Step("fix", "fix: lib.b renames its internal package to b.internal",
                "javac -d fixed/lib.b $(find fix/lib.b src2/lib.b/module-info.java -name '*.java')\n"
                        + "java -p mods2/lib.a:fixed/lib.b:mods2/app -m app/app.Main", true,
                lab.runModule(List.of(lab.path(c + "mods2/lib.a"), lab.path(c + "fixed/lib.b"), lab.path(c + "mods2/app")),
                        "app", "app.Main")));
        return new CaseResult("split-package", "two modules contain the same package",
                "two folders on sys.path with a package of the same name: the first one shadows the other",
                result, Doctor.checkModules(List.of(lab.path(c + "mods2")), "app"));
    }

    /** A resource in a package that is not opened. */
    CaseResult resourceNotOpened() {
        String c = "resource-not-opened/";
        Path greeter = lab.write(c + "src/sample.lib/sample/lib/Greeter.java", GREETER);
        Path libInfo = lab.write(c + "src/sample.lib/module-info.java", SAMPLE_LIB_INFO);
        Path libInfoFixed = lab.write(c + "fix/sample.lib/module-info.java", """
                module sample.lib {
                    exports sample.lib;
                    opens sample.lib;
                }
                """);
        String resource = "hello from sample/lib/greeting.txt\n";
        lab.write(c + "src/sample.lib/sample/lib/greeting.txt", resource);
        Path main = lab.write(c + "src/app/app/Main.java", main("import java.io.InputStream;\nimport sample.lib.Greeter;\n", """
                        try (InputStream in = Greeter.class.getResourceAsStream("greeting.txt")) {
                            if (in == null) {
                                throw new IllegalStateException("greeting.txt: getResourceAsStream returned null");
                            }
                            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                        }""".indent(8).stripTrailing()));
        Path appInfo = lab.write(c + "src/app/module-info.java", APP_REQUIRES_SAMPLE_LIB);
        List<Step> result = new ArrayList<>();

        Steps.require(lab.compile(c + "cp", List.of(), List.of(greeter, main)));
        lab.write(c + "cp/sample/lib/greeting.txt", resource);
        result.add(new Step("class-path", "on the class path", "java -cp cp app.Main", true,
                lab.runClassPath(List.of(lab.path(c + "cp")), "app.Main")));
        Steps.require(lab.compile(c + "mods/sample.lib", List.of(), List.of(libInfo, greeter)));
        lab.write(c + "mods/sample.lib/sample/lib/greeting.txt", resource);
        Steps.require(lab.compile(c + "mods/app", steps.modulePath(c + "mods"), List.of(appInfo, main)));
        result.add(new Step("module-path-run", "on the module path", "java -p mods -m app/app.Main", false,
                lab.runModule(List.of(lab.path(c + "mods")), "app", "app.Main")));
        Steps.require(lab.compile(c + "fixed/sample.lib", List.of(), List.of(libInfoFixed, greeter)));
        lab.write(c + "fixed/sample.lib/sample/lib/greeting.txt", resource);
        result.add(new Step("fix", "fix: `opens sample.lib;` in sample.lib's module-info.java",
                "java -p fixed/sample.lib:mods/app -m app/app.Main", true,
                lab.runModule(List.of(lab.path(c + "fixed/sample.lib"), lab.path(c + "mods/app")), "app", "app.Main")));
        return new CaseResult("resource-not-opened", "a resource in a package that is not opened",
                "open(os.path.join(os.path.dirname(__file__), 'greeting.txt')) works; pkgutil.get_data finds it too",
                result, Doctor.checkModules(List.of(lab.path(c + "mods")), "app"));
    }

    /** Two modules that require each other. */
    CaseResult cycle() {
        String c = "cycle/";
        Path a = lab.write(c + "src/lib.a/a/A.java", """
                package a;

                public class A {
                    public static String run() {
                        return "lib.a uses " + b.B.name();
                    }

                    public static String name() {
                        return "lib.a";
                    }
                }
                """);
        Path aInfo = lab.write(c + "src/lib.a/module-info.java", """
                module lib.a {
                    requires lib.b;
                    exports a;
                }
                """);
        Path b = lab.write(c + "src/lib.b/b/B.java", """
                package b;

                public class B {
                    public static String name() {
                        return "lib.b (next to " + a.A.class.getSimpleName() + ")";
                    }
                }
                """);
        Path bInfo = lab.write(c + "src/lib.b/module-info.java", """
                module lib.b {
                    requires lib.a;
                    exports b;
                }
                """);
        // the fix: B no longer needs A
        Path bFixed = lab.write(c + "fix/lib.b/b/B.java", LIB_B);
        Path bInfoFixed = lab.write(c + "fix/lib.b/module-info.java", LIB_B_INFO);
        List<Step> result = new ArrayList<>();
        result.add(new Step("module-path-compile", "javac both modules", "javac --module-source-path src -d out $(find src -name '*.java')",
                false, lab.compile(c + "out", List.of("--module-source-path", lab.path(c + "src").toString()), List.of(aInfo, a, bInfo, b))));
        // build the cyclic binaries as they come about in real life: one module at a time, each against an
        // older version of the other
        Steps.require(lab.compile(c + "stage/lib.b", List.of(), List.of(bInfoFixed, bFixed)));
        Steps.require(lab.compile(c + "mods/lib.a", steps.modulePath(c + "stage"), List.of(aInfo, a)));
        Path aStub = lab.write(c + "stub/lib.a/a/A.java", """
                package a;

                public class A {
                }
                """);
        Path aStubInfo = lab.write(c + "stub/lib.a/module-info.java", """
                module lib.a {
                    exports a;
                }
                """);
        Steps.require(lab.compile(c + "stub-out/lib.a", List.of(), List.of(aStubInfo, aStub)));
        Steps.require(lab.compile(c + "mods/lib.b", steps.modulePath(c + "stub-out"), List.of(bInfo, b)));
        result.add(new Step("module-path-run", "java with lib.a and lib.b built one at a time", "java -p mods -m lib.a/a.A",
                false, lab.runModule(List.of(lab.path(c + "mods")), "lib.a", "a.A")));
        result.add(new Step("fix", "fix: lib.b no longer requires lib.a",
                "javac -d stage/lib.b fix/lib.b/module-info.java fix/lib.b/b/B.java\n"
                        + "java -p mods/lib.a:stage/lib.b -m lib.a/a.A", true,
                lab.runModule(List.of(lab.path(c + "mods/lib.a"), lab.path(c + "stage/lib.b")), "lib.a", "a.A")));
        return new CaseResult("cycle", "two modules that require each other",
                "ImportError: cannot import name 'A' from partially initialized module 'a' (most likely due to a "
                        + "circular import)",
                result, Doctor.checkModules(List.of(lab.path(c + "mods")), "lib.a"));
    }
}
