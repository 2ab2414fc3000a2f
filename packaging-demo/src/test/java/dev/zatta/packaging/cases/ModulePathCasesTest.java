package dev.zatta.packaging.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.packaging.Finding.Kind;
import org.junit.jupiter.api.Test;

/** Each module-path case: the class path runs, the module path fails as documented, the fix works. */
class ModulePathCasesTest {
    @Test
    void subpackageNotExported() {
        CaseResult r = Fixtures.get("not-exported");
        assertThat(r.outcome("class-path").output()).isEqualTo("hello from sample.lib, and its internal secret");

        Outcome compile = r.outcome("module-path-compile");
        assertThat(compile.success()).isFalse();
        assertThat(compile.errorCodes()).containsExactly("compiler.err.package.not.visible");
        assertThat(compile.errors().get(0).message())
                .contains("package sample.lib.internal is not visible")
                .contains("declared in module sample.lib, which does not export it");

        Outcome run = r.outcome("module-path-run");
        assertThat(run.errorType()).isEqualTo("IllegalAccessError");
        assertThat(run.error()).contains("does not export sample.lib.internal to module app");

        assertThat(r.outcome("fix").success()).isTrue();
        assertThat(r.outcome("fix").output()).isEqualTo("hello from sample.lib, and its internal secret");
        assertThat(r.doctor().findings()).extracting(f -> f.kind(), f -> f.subject())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.PACKAGE_NOT_EXPORTED, "sample.lib.internal"));
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void requiresMissing() {
        CaseResult r = Fixtures.get("requires-missing");
        assertThat(r.outcome("class-path").output()).isEqualTo("hello from sample.lib");

        Outcome compile = r.outcome("module-path-compile");
        assertThat(compile.errorCodes()).containsExactly("compiler.err.package.not.visible");
        assertThat(compile.errors().get(0).message())
                .contains("package sample.lib is not visible")
                .contains("but module app does not read it");

        Outcome run = r.outcome("module-path-run");
        assertThat(run.errorType()).isEqualTo("NoClassDefFoundError");
        assertThat(run.error()).isEqualTo("sample/lib/Greeter");

        assertThat(r.outcome("fix").output()).isEqualTo("hello from sample.lib");
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MISSING_REQUIRES);
            assertThat(f.subject()).isEqualTo("app -> sample.lib");
            assertThat(f.fix()).contains("requires sample.lib;");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void moduleAbsent() {
        CaseResult r = Fixtures.get("module-absent");
        Outcome compile = r.outcome("module-path-compile");
        assertThat(compile.errorCodes()).contains("compiler.err.module.not.found");
        assertThat(compile.errors().get(0).message()).isEqualTo("module not found: lib.b");

        Outcome run = r.outcome("module-path-run");
        assertThat(run.errorType()).isEqualTo("FindException");
        assertThat(run.error()).isEqualTo("Module lib.b not found, required by app");

        assertThat(r.outcome("fix").output()).isEqualTo("app uses lib.b");
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MODULE_NOT_FOUND);
            assertThat(f.subject()).isEqualTo("lib.b");
            assertThat(f.message()).contains("required by app");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void splitPackage() {
        CaseResult r = Fixtures.get("split-package");
        // class path: the first jar wins, silently, in either order
        assertThat(r.outcome("class-path").output()).isEqualTo("shared.Greeting from lib.a");
        assertThat(r.outcome("class-path-reversed").output()).isEqualTo("shared.Greeting from lib.b");

        Outcome compile = r.outcome("module-path-compile");
        assertThat(compile.errorCodes()).containsExactly("compiler.err.package.clash.from.requires");
        assertThat(compile.errors().get(0).message()).isEqualTo("module app reads package shared from both lib.a and lib.b");

        Outcome resolve = r.outcome("module-path-resolve");
        assertThat(resolve.errorType()).isEqualTo("ResolutionException");
        assertThat(resolve.error()).contains("export package shared to module app");

        assertThat(r.outcome("unexported-compile").success()).isTrue();
        Outcome layer = r.outcome("module-path-run");
        assertThat(layer.errorType()).isEqualTo("LayerInstantiationException");
        assertThat(layer.error()).startsWith("Package shared in ");

        assertThat(r.outcome("fix").output())
                .isEqualTo("shared.Greeting from lib.a; lib.b, which keeps shared.Greeting from lib.b inside");
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.SPLIT_PACKAGE);
            assertThat(f.subject()).isEqualTo("shared");
            assertThat(f.message()).contains("lib.a, lib.b").contains("LayerInstantiationException");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void resourceInUnopenedPackage() {
        CaseResult r = Fixtures.get("resource-not-opened");
        assertThat(r.outcome("class-path").output()).isEqualTo("hello from sample/lib/greeting.txt");
        Outcome run = r.outcome("module-path-run");
        assertThat(run.errorType()).isEqualTo("IllegalStateException");
        assertThat(run.error()).isEqualTo("greeting.txt: getResourceAsStream returned null");
        assertThat(r.outcome("fix").output()).isEqualTo("hello from sample/lib/greeting.txt");
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.RESOURCE_NOT_OPENED);
            assertThat(f.subject()).isEqualTo("sample.lib/sample/lib/greeting.txt");
            assertThat(f.fix()).contains("opens sample.lib;");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void wrongSourceRootIsTheBlogsCase() {
        CaseResult r = Fixtures.get("wrong-source-root");
        assertThat(r.outcome("compile").success()).isTrue();
        Outcome run = r.outcome("run-next-to-files");
        assertThat(run.errorType()).isEqualTo("NoClassDefFoundError");
        assertThat(run.error()).isEqualTo("Begin (wrong name: test_module/Begin)");
        assertThat(r.outcome("fix").output()).isEqualTo("Begin calls sample() of test_module.Sample");
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.WRONG_SOURCE_ROOT);
            assertThat(f.message()).contains("Begin.java, Sample.java declare `package test_module;`")
                    .contains("NoClassDefFoundError: Begin (wrong name: test_module/Begin)");
            assertThat(f.fix()).contains("java -cp out test_module.Begin");
        });
        assertThat(r.reproduced()).isTrue();
    }

    @Test
    void cycle() {
        CaseResult r = Fixtures.get("cycle");
        Outcome compile = r.outcome("module-path-compile");
        assertThat(compile.errorCodes()).containsExactly("compiler.err.cyclic.requires");
        assertThat(compile.errors().get(0).message()).startsWith("cyclic dependence involving lib.");
        Outcome run = r.outcome("module-path-run");
        assertThat(run.errorType()).isEqualTo("ResolutionException");
        assertThat(run.error()).startsWith("Cycle detected: ").contains("lib.a -> lib.b");
        assertThat(r.outcome("fix").output()).isEqualTo("lib.a uses lib.b");
        assertThat(r.doctor().findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MODULE_CYCLE);
            assertThat(f.subject()).isEqualTo("lib.a -> lib.b -> lib.a");
        });
        assertThat(r.reproduced()).isTrue();
    }
}
