package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.packaging.Finding.Kind;
import dev.zatta.packaging.cases.CaseResult;
import dev.zatta.packaging.cases.Fixtures;
import dev.zatta.packaging.cases.Lab;
import dev.zatta.packaging.cases.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The doctor on compiled modules: healthy setups stay quiet, each kind of trouble is named with its fix. */
class DoctorModulesTest {
    private static Lab lab;

    @BeforeAll
    static void build() {
        lab = Fixtures.lab();
        String d = "doctor/";
        // lib exports p and keeps p.impl; api requires transitive lib; app requires api only and uses p
        lab.write(d + "src/lib/p/Lib.java", "package p;\npublic class Lib {\n    public static String name() {\n        return p.impl.Impl.NAME;\n    }\n}\n");
        lab.write(d + "src/lib/p/impl/Impl.java", "package p.impl;\npublic class Impl {\n    public static final String NAME = \"lib\";\n}\n");
        lab.write(d + "src/lib/p/data.txt", "data\n");
        lab.write(d + "src/lib/module-info.java", "module lib {\n    exports p;\n    exports p.impl to friend;\n    opens p;\n}\n");
        lab.write(d + "src/api/q/Api.java", "package q;\npublic class Api {\n    public static p.Lib lib() {\n        return new p.Lib();\n    }\n}\n");
        lab.write(d + "src/api/module-info.java", "module api {\n    requires transitive lib;\n    exports q;\n}\n");
        lab.write(d + "src/app/app/Main.java", """
                package app;
                public class Main {
                    public static String run() throws Exception {
                        try (var in = p.Lib.class.getResourceAsStream("data.txt")) {
                            return q.Api.lib() + p.Lib.name() + new String(in.readAllBytes());
                        }
                    }
                }
                """);
        lab.write(d + "src/app/module-info.java", "module app {\n    requires api;\n}\n");
        lab.write(d + "src/friend/f/Friend.java", "package f;\npublic class Friend {\n    public static String run() {\n        return p.impl.Impl.NAME;\n    }\n}\n");
        lab.write(d + "src/friend/module-info.java", "module friend {\n    requires lib;\n}\n");
        Outcome o = lab.compile(d + "mods", List.of("--module-source-path", lab.path(d + "src").toString(), "-Xlint:-module"),
                List.of(lab.path(d + "src/lib/module-info.java"), lab.path(d + "src/lib/p/Lib.java"), lab.path(d + "src/lib/p/impl/Impl.java"),
                        lab.path(d + "src/api/module-info.java"), lab.path(d + "src/api/q/Api.java"),
                        lab.path(d + "src/app/module-info.java"), lab.path(d + "src/app/app/Main.java"),
                        lab.path(d + "src/friend/module-info.java"), lab.path(d + "src/friend/f/Friend.java")));
        assertThat(o.success()).as(o.render()).isTrue();
        lab.write(d + "mods/lib/p/data.txt", "data\n");
    }

    @Test
    void healthyGraphWithTransitiveQualifiedExportsAndOpensHasNoFindings() {
        Report report = Doctor.checkModules(List.of(lab.path("doctor/mods")), "app");
        assertThat(report.findings()).isEmpty();
        assertThat(report.healthy()).isTrue();
        assertThat(report.render()).startsWith("doctor: healthy: module path ").contains("with root module app");
        // and the JVM agrees: it runs
        assertThat(lab.runModule(List.of(lab.path("doctor/mods")), "app", "app.Main").output()).startsWith("p.Lib@").endsWith("lib" + "data\n");
        assertThat(Doctor.checkModules(List.of(lab.path("doctor/mods")), "friend").healthy()).isTrue();
    }

    @Test
    void readingOneAutomaticModuleReadsThemAll() {
        String d = "doctor-auto/";
        lab.write(d + "src/legacy/Legacy.java", "package legacy;\npublic class Legacy {\n    public static String name() {\n        return \"legacy\";\n    }\n}\n");
        lab.write(d + "src/other/Other.java", "package other;\npublic class Other {\n    public static String name() {\n        return \"other\";\n    }\n}\n");
        assertThat(lab.compile(d + "legacy", List.of(), List.of(lab.path(d + "src/legacy/Legacy.java"))).success()).isTrue();
        assertThat(lab.compile(d + "other", List.of(), List.of(lab.path(d + "src/other/Other.java"))).success()).isTrue();
        lab.jar(d + "mods/legacy-1.0.jar", d + "legacy");
        lab.jar(d + "mods/other-2.1.jar", d + "other");
        // app requires only legacy, yet uses other too: legal, automatic modules read each other transitively
        lab.write(d + "src/app/app/Main.java", "package app;\npublic class Main {\n    public static String run() {\n"
                + "        return legacy.Legacy.name() + \" \" + other.Other.name() + \" \" + p.Lib.name();\n    }\n}\n");
        lab.write(d + "src/app/module-info.java", "module app {\n    requires legacy;\n    requires lib;\n}\n");
        Outcome o = lab.compile(d + "mods/app", List.of("--module-path", lab.path(d + "mods") + java.io.File.pathSeparator
                + lab.path("doctor/mods/lib"), "-Xlint:-requires-automatic"),
                List.of(lab.path(d + "src/app/module-info.java"), lab.path(d + "src/app/app/Main.java")));
        assertThat(o.success()).as(o.render()).isTrue();
        List<Path> path = List.of(lab.path(d + "mods"), lab.path("doctor/mods/lib"));
        assertThat(Doctor.checkModules(path, "app").findings()).isEmpty();
        assertThat(lab.runModule(path, "app", "app.Main").output()).isEqualTo("legacy other lib");

        // the same classes with a descriptor that requires legacy but not lib: other is still read, lib is not
        assertThat(lab.compile(d + "descriptor", List.of("--module-path", lab.path(d + "mods").toString(), "-Xlint:-requires-automatic"),
                List.of(lab.write(d + "src2/module-info.java", "module app {\n    requires legacy;\n}\n"))).success()).isTrue();
        lab.copy(d + "descriptor/module-info.class", d + "mods/app/module-info.class");
        assertThat(Doctor.checkModules(path, "app").findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MISSING_REQUIRES);
            assertThat(f.subject()).isEqualTo("app -> lib");
        });
    }

    @Test
    void qualifiedExportToAnotherModuleIsNotAnExportToThisOne() {
        // friend may use p.impl; a module compiled against a lib that exported it to everyone may not
        lab.write("doctor-qual/src/lib/p/impl/Impl.java", "package p.impl;\npublic class Impl {\n    public static final String NAME = \"lib\";\n}\n");
        lab.write("doctor-qual/src/lib/module-info.java", "module lib {\n    exports p.impl;\n}\n");
        lab.write("doctor-qual/src/snoop/s/Snoop.java", "package s;\npublic class Snoop {\n    public static String run() {\n        return p.impl.Impl.class.getName();\n    }\n}\n");
        lab.write("doctor-qual/src/snoop/module-info.java", "module snoop {\n    requires lib;\n}\n");
        assertThat(lab.compile("doctor-qual/lib", List.of(), List.of(lab.path("doctor-qual/src/lib/module-info.java"),
                lab.path("doctor-qual/src/lib/p/impl/Impl.java"))).success()).isTrue();
        assertThat(lab.compile("doctor-mods-qual/snoop", List.of("--module-path", lab.path("doctor-qual/lib").toString()),
                List.of(lab.path("doctor-qual/src/snoop/module-info.java"), lab.path("doctor-qual/src/snoop/s/Snoop.java"))).success()).isTrue();
        Report report = Doctor.checkModules(List.of(lab.path("doctor/mods/lib"), lab.path("doctor-mods-qual")), "snoop");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PACKAGE_NOT_EXPORTED);
            assertThat(f.subject()).isEqualTo("p.impl");
            assertThat(f.message()).contains("module snoop uses package p.impl (s.Snoop uses p.impl.Impl) but module lib does not export it to snoop");
        });
        Outcome run = lab.runModule(List.of(lab.path("doctor/mods/lib"), lab.path("doctor-mods-qual")), "snoop", "s.Snoop");
        assertThat(run.errorType()).isEqualTo("IllegalAccessError");
    }

    @Test
    void deepReflectionIntoAPackageThatIsNotOpened() {
        String d = "doctor-reflect/";
        lab.write(d + "src/lib/p/impl/Impl.java", "package p.impl;\npublic class Impl {\n    private String secret = \"s3cret\";\n}\n");
        lab.write(d + "src/lib/module-info.java", "module lib {\n    exports p.impl;\n}\n");
        lab.write(d + "src/peek/peek/Peek.java", """
                package peek;
                public class Peek {
                    public static String run() throws Exception {
                        var f = p.impl.Impl.class.getDeclaredField("secret");
                        f.setAccessible(true);
                        return (String) f.get(new p.impl.Impl());
                    }
                }
                """);
        lab.write(d + "src/peek/module-info.java", "module peek {\n    requires lib;\n}\n");
        Outcome o = lab.compile(d + "mods", List.of("--module-source-path", lab.path(d + "src").toString()),
                List.of(lab.path(d + "src/lib/module-info.java"), lab.path(d + "src/lib/p/impl/Impl.java"),
                        lab.path(d + "src/peek/module-info.java"), lab.path(d + "src/peek/peek/Peek.java")));
        assertThat(o.success()).as(o.render()).isTrue();
        Outcome run = lab.runModule(List.of(lab.path(d + "mods")), "peek", "peek.Peek");
        assertThat(run.errorType()).isEqualTo("InaccessibleObjectException");
        assertThat(run.error()).contains("module lib does not \"opens p.impl\" to module peek");
        assertThat(Doctor.checkModules(List.of(lab.path(d + "mods")), "peek").findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.REFLECTION_NOT_OPENED);
            assertThat(f.subject()).isEqualTo("p.impl");
            assertThat(f.message()).startsWith("class peek.Peek of module peek calls setAccessible and uses p.impl.Impl");
            assertThat(f.fix()).contains("opens p.impl to peek;").contains("--add-opens lib/p.impl=peek");
        });
        // app in the healthy graph reads a resource of the opened package p and reflects nowhere: no finding
        assertThat(Doctor.checkModules(List.of(lab.path("doctor/mods")), "app").healthy()).isTrue();
    }

    @Test
    void anAbsentRequiresStaticIsAnOptionalDependencyNotAFinding() {
        String d = "doctor-static/";
        Path main = lab.write(d + "src/opt/o/Opt.java", "package o;\npublic class Opt {\n    public static String run() {\n"
                + "        return Opt.class.getModule().getLayer().findModule(\"lib\").isPresent() ? p.Lib.name() : \"without lib\";\n    }\n}\n");
        Path info = lab.write(d + "src/opt/module-info.java", "module opt {\n    requires static lib;\n}\n");
        Outcome o = lab.compile(d + "mods/opt", List.of("--module-path", lab.path("doctor/mods").toString()), List.of(info, main));
        assertThat(o.success()).as(o.render()).isTrue();
        assertThat(Doctor.checkModules(List.of(lab.path(d + "mods")), "opt").findings()).isEmpty();
        assertThat(lab.runModule(List.of(lab.path(d + "mods")), "opt", "o.Opt").output()).isEqualTo("without lib");
        assertThat(Doctor.checkModules(List.of(lab.path(d + "mods"), lab.path("doctor/mods/lib")), "opt").findings()).isEmpty();
    }

    @Test
    void packageInNoModuleIsAMissingModule() {
        CaseResult r = Fixtures.get("requires-missing");
        Path appOnly = r.steps().isEmpty() ? null : lab.path("requires-missing/mods/app");
        Report report = Doctor.checkModules(List.of(appOnly), "app");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MODULE_NOT_FOUND);
            assertThat(f.subject()).isEqualTo("sample.lib");
            assertThat(f.message()).contains("no module on the module path or in the JDK contains it")
                    .contains("NoClassDefFoundError: sample/lib/Greeter");
        });
    }

    @Test
    void rootModuleNotFoundListsWhatIsThere() {
        Report report = Doctor.checkModules(List.of(lab.path("doctor/mods")), "ap");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MODULE_NOT_FOUND);
            assertThat(f.subject()).isEqualTo("ap");
            assertThat(f.fix()).contains("the module path holds api, app, friend, lib");
        });
    }

    @Test
    void aBrokenJarIsAnInvalidModule() {
        lab.write("doctor-broken/mods/broken.jar", "this is not a zip file".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Report report = Doctor.checkModules(List.of(lab.path("doctor-broken/mods")), "app");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.INVALID_MODULE);
            assertThat(f.message()).contains("broken.jar");
        });
    }

    @Test
    void badArgumentsAreRefusedWithTheParameterAndValue() {
        assertThatThrownBy(() -> Doctor.checkModules(List.of(Path.of("no/such/dir")), "app"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modulePath: 'no/such/dir' does not exist; expected a jar or a folder");
        assertThatThrownBy(() -> Doctor.checkModules(List.of(), "app"))
                .hasMessage("modulePath: expected at least one jar or folder, got none");
        assertThatThrownBy(() -> Doctor.checkModules(List.of(lab.path("doctor/mods")), " "))
                .hasMessage("root: expected a module name, got ' '");
    }

    @Test
    void reportIsImmutable() {
        Report report = Fixtures.get("not-exported").doctor();
        assertThatThrownBy(() -> report.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(report.findings(Kind.PACKAGE_NOT_EXPORTED)).hasSize(1);
        assertThat(report.render()).startsWith("doctor: 1 finding in module path ")
                .contains("1. PACKAGE_NOT_EXPORTED sample.lib.internal\n   what: ")
                .contains("\n   fix:  use only the exported API of sample.lib, or add `exports sample.lib.internal;`");
    }
}
