package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zatta.packaging.cases.CaseResult;
import dev.zatta.packaging.cases.Fixtures;
import dev.zatta.packaging.cases.Lab;
import dev.zatta.packaging.cases.Outcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The anchor: {@code jdeps --check} (run in-process through ToolProvider) sees some of the cases, the
 * doctor sees every one.
 */
class JdepsCheckTest {
    private static final Pattern SECTIONS = Pattern.compile(
            "\\[Module descriptor]\\n(.*?)\\s*\\[Suggested module descriptor for app]\\n(.*?)\\s*\\[Transitive", Pattern.DOTALL);

    @Test
    void jdepsSeesAMissingRequires() {
        CaseResult r = Fixtures.get("requires-missing");
        String out = jdepsCheck("requires-missing/mods");
        Matcher m = SECTIONS.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(m.group(1)).doesNotContain("requires sample.lib");
        assertThat(m.group(2)).contains("requires sample.lib;");
        assertThat(r.doctor().findings(Finding.Kind.MISSING_REQUIRES)).hasSize(1);
    }

    @Test
    void jdepsSeesNothingWrongWithUnexportedPackagesSplitPackagesOrUnopenedResources() {
        for (String c : new String[] {"not-exported/mods", "resource-not-opened/mods"}) {
            CaseResult r = Fixtures.get(c.substring(0, c.indexOf('/')));
            String out = jdepsCheck(c);
            Matcher m = SECTIONS.matcher(out);
            assertThat(m.find()).as(out).isTrue();
            // jdeps suggests exactly the descriptor the module already has
            assertThat(m.group(2).lines().map(String::strip).toList())
                    .isEqualTo(m.group(1).lines().map(l -> l.strip().replaceAll(" \\(@[^)]*\\)", "")).toList());
            assertThat(r.doctor().healthy()).as(c).isFalse();
        }
    }

    @Test
    void jdepsSaysNothingOfASplitPackage() {
        CaseResult r = Fixtures.get("split-package");
        String out = jdepsCheck("split-package/mods2");
        String body = out.substring(out.indexOf('\n')); // the first line holds the fixture's path
        assertThat(body).contains("[Suggested module descriptor for app]").doesNotContainIgnoringCase("split")
                .doesNotContain("shared");
        assertThat(r.doctor().findings(Finding.Kind.SPLIT_PACKAGE)).hasSize(1);
    }

    private static String jdepsCheck(String modulePath) {
        Lab lab = Fixtures.lab();
        Outcome o = Lab.tool("jdeps", "--module-path", lab.path(modulePath).toString(), "--check", "app");
        return o.output();
    }
}
