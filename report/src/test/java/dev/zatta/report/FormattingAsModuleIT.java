package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * formatting's jar consumed as a named module is tested in packaging-demo ({@code FormattingModuleIT}); this
 * checks that the test is there and, when the reactor ran it before this module, that it passed.
 */
class FormattingAsModuleIT {
    static final Path ROOT = Repo.root();

    @Test
    void packagingDemoTestsTheFormattingJarOnAModulePath() throws Exception {
        Path it = ROOT.resolve("packaging-demo/src/test/java/dev/zatta/packaging/FormattingModuleIT.java");
        assertThat(it).isRegularFile();
        assertThat(Files.readString(it, StandardCharsets.UTF_8)).contains("dev.zatta.formatting").contains("formatting.jar");
    }

    @Test
    void andItPassedWhenTheReactorRanIt() throws Exception {
        Path xml = ROOT.resolve("packaging-demo/target/failsafe-reports/TEST-dev.zatta.packaging.FormattingModuleIT.xml");
        assumeTrue(Files.isRegularFile(xml), "packaging-demo's integration tests did not run in this build");
        String report = Files.readString(xml, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<testsuite[^>]*").matcher(report);
        assertThat(m.find()).isTrue();
        String suite = m.group();
        assertThat(attr(suite, "tests")).isPositive();
        assertThat(attr(suite, "failures")).isZero();
        assertThat(attr(suite, "errors")).isZero();
    }

    private static int attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"(\\d+)\"").matcher(tag);
        assertThat(m.find()).as("%s in %s", name, tag).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
