package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zatta.packaging.Finding.Kind;
import dev.zatta.packaging.cases.Fixtures;
import dev.zatta.packaging.cases.Lab;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The doctor on a class path: the split package that runs silently there. */
class DoctorClassPathTest {
    @Test
    void duplicateClassesAreShadowedByTheFirstJar() {
        Fixtures.get("split-package");
        Lab lab = Fixtures.lab();
        Path a = lab.path("split-package/cp/lib-a.jar");
        Path b = lab.path("split-package/cp/lib-b.jar");
        Path app = lab.path("split-package/cp/app");
        Report report = Doctor.checkClassPath(List.of(a, b, app));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.SPLIT_PACKAGE);
            assertThat(f.subject()).isEqualTo("shared");
            assertThat(f.message()).startsWith("package shared is in 2 class path entries: " + a + ", " + b + ". ")
                    .contains("1 class is in more than one (shared.Greeting): the JVM loads each from the first entry, " + a);
            assertThat(f.fix()).startsWith("keep one copy");
        });
        assertThat(Doctor.checkClassPath(List.of(app, a)).healthy()).isTrue();
    }

    @Test
    void aSplitWithoutDuplicatesRunsHereButNotOnTheModulePath() {
        Lab lab = Fixtures.lab();
        lab.write("cp-split/src1/p/A.java", "package p;\npublic class A {}\n");
        lab.write("cp-split/src2/p/B.java", "package p;\npublic class B {}\n");
        assertThat(lab.compile("cp-split/one", List.of(), List.of(lab.path("cp-split/src1/p/A.java"))).success()).isTrue();
        assertThat(lab.compile("cp-split/two", List.of(), List.of(lab.path("cp-split/src2/p/B.java"))).success()).isTrue();
        Path two = lab.jar("cp-split/two.jar", "cp-split/two");
        Report report = Doctor.checkClassPath(List.of(lab.path("cp-split/one"), two));
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("p");
            assertThat(f.message()).contains("No class is in two of them, so the class path runs");
            assertThat(f.fix()).startsWith("move package p into one jar");
        });
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> Doctor.checkClassPath(List.of())).hasMessage("classPath: expected at least one jar or folder, got none");
        assertThatThrownBy(() -> Doctor.checkClassPath(List.of(Path.of("nope.jar"))))
                .hasMessage("classPath: 'nope.jar' does not exist; expected a jar or a folder");
    }
}
