package dev.zatta.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole report written with tiny settings ({@link TinyReport}: a 1-epoch DCGAN on 256 zeros, and a 1-epoch
 * conditional one on 256 images of every digit) through
 * the library API; then opens {@code index.html} in headless Chromium and checks that every image loaded and
 * that neither the page nor any section is wider than the window, at 1100, 768 and 600 px.
 */
class ReportIT {
    static final Path OUT = TinyReport.OUT;
    static ReportResult result;
    static String progress;

    @BeforeAll
    static void generate() {
        result = TinyReport.get();
        progress = TinyReport.progress();
    }

    @Test
    void everyPostIsReproduced() {
        assertThat(result.problems()).as("sections with problems; progress:%n%s", progress).isEmpty();
        assertThat(result.sections()).extracting(Section::id).containsExactly("dcgan", "vb", "formatting", "packaging");
        for (Section s : result.sections()) {
            assertThat(s.items()).as(s.id()).isNotEmpty();
            assertThat(s.items()).as(s.id()).allSatisfy(i -> assertThat(i.sentence()).hasSizeGreaterThan(40));
        }
        // the figures each post must show
        assertThat(result.sections().get(0).images()).as("dcgan").anyMatch(i -> i.matches("dcgan/epoch-\\d+\\.png"))
                .contains("dcgan/curves.png", "dcgan/samples.png", "dcgan/conditional-epoch-0001.png");
        assertThat(result.sections().get(1).images()).containsExactly("vb/blog-beta-fixed.png",
                "vb/blog-beta-learned.png", "vb/lower-bound-vs-degree.png", "vb/lower-bound-vs-iteration.png");
    }

    @Test
    void everyImageLoadsInChromium() throws Exception {
        Chromium.require();
        String dom = Chromium.dumpDom(result.index());
        int imgs = count(dom, "<img ");
        assertThat(imgs).isEqualTo(result.images().size()).isGreaterThanOrEqualTo(7);
        assertThat(count(dom, "data-loaded=\"yes\"")).as("images that decoded; DOM:%n%s", dom).isEqualTo(imgs);
        assertThat(count(dom, "data-loaded=\"no\"")).isZero();
        assertThat(dom).contains("data-ok=\"" + imgs + "\" data-total=\"" + imgs + "\"")
                .contains("image check: " + imgs + " of " + imgs + " images loaded");
    }

    /**
     * The page's own layout check, run by Chromium at the width of the README's screenshots, at a tablet's and
     * at a phone's: the page is never wider than the window; at 1100 and 768 px every table fits whole, at 600
     * px a table may scroll sideways inside its own box.
     */
    @Test
    void noSectionIsWiderThanTheWindowAt1100And768And600Pixels() throws Exception {
        Chromium.require();
        Pattern check = Pattern.compile("<p id=\"layout-check\" data-scroll-width=\"(\\d+)\" data-inner-width=\"(\\d+)\" "
                + "data-wide-sections=\"([^\"]*)\" data-scrolling-tables=\"(\\d+)\">([^<]*)<");
        for (int width : new int[] {1100, 768, 600}) {
            String dom = Chromium.dumpDom(result.index(), width, 900);
            Matcher m = check.matcher(dom);
            assertThat(m.find()).as("the layout check ran at %d px; DOM:%n%s", width, dom).isTrue();
            int scrollWidth = Integer.parseInt(m.group(1));
            int innerWidth = Integer.parseInt(m.group(2));
            assertThat(innerWidth).as("window.innerWidth of a %d px window", width).isEqualTo(width);
            assertThat(m.group(3)).as("ids of the sections wider than a %d px window (%s)", width, m.group(5)).isEmpty();
            assertThat(scrollWidth).as("document.documentElement.scrollWidth in a %d px window", width)
                    .isLessThanOrEqualTo(innerWidth).isLessThanOrEqualTo(width);
            if (width >= 768) {
                assertThat(Integer.parseInt(m.group(4))).as("tables that scroll sideways in a %d px window (%s)", width,
                        m.group(5)).isZero();
            }
        }
    }

    @Test
    void linksAreRelativeAndPointIntoTheFolder() throws IOException {
        String html = Files.readString(result.index(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).isNotEmpty();
        for (String link : links) {
            if (link.startsWith("#")) {
                assertThat(html).as(link).contains("id=\"" + link.substring(1) + "\"");
                continue;
            }
            assertThat(link).as("a relative link").doesNotContain(":").doesNotStartWith("/").doesNotContain("..");
            assertThat(OUT.resolve(link)).as(link).isRegularFile();
        }
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void imagesArePngsAndNothingHalfWrittenIsLeft() throws IOException {
        for (Path p : result.images()) {
            byte[] head = new byte[8];
            try (var in = Files.newInputStream(p)) {
                assertThat(in.read(head)).isEqualTo(8);
            }
            assertThat(head).as(p.toString()).startsWith(0x89, 'P', 'N', 'G');
        }
        try (Stream<Path> all = Files.walk(OUT)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void theFormattingExamplesAreOnThePage() throws IOException {
        // as a reader sees and copies the text: the <wbr> break opportunities of long words are not characters
        String html = Files.readString(result.index(), StandardCharsets.UTF_8).replace("<wbr>", "");
        assertThat(html).contains("estimator-{estimator}_gamma-{gamma:.2f}").contains("estimator-svm_gamma-0.17")
                .contains("estimator-svm_eta-100_gamma-0.17").contains("PACKAGE_NOT_EXPORTED");
    }

    @Test
    void theJarRunsOnItsOwnClassPathFromACheckpoint() throws Exception {
        // report/target/report.jar with target/lib: the command a user types, DL4J included
        Path jar = Path.of(System.getProperty("report.jar", "target/report.jar")).toAbsolutePath();
        Path run = OUT.resolve(DcganPost.DIR).resolve("runs").resolve(GanRuns.trainConfig(TinyReport.config()).runName());
        Path out = Path.of("target", "report-jar").toAbsolutePath();
        Path noRuns = Path.of("target", "report-jar-no-runs").toAbsolutePath(); // not the repository's runs/
        Chromium.deleteTree(out);
        Repo.Run r = Repo.run(Repo.root(), List.of(Repo.java(), "-jar", jar.toString(), "--out", out.toString(),
                "--checkpoint", run.toString(), "--gan-runs", noRuns.toString(), "--posts", "dcgan,formatting",
                "--seed", "3"), 300);
        assertThat(r.exitCode()).as("stderr: %s", r.stderr()).isZero();
        // the epoch grids, curves.png, samples.png; no conditional grid: with --checkpoint nothing is trained
        int images = DcganPost.epochGrids(run).size() + 2;
        assertThat(r.stdout()).isEqualTo("report: 2 sections, " + images + " images; open " + out.resolve("index.html").toUri() + "\n");
        assertThat(r.stderr()).contains("report: dcgan").contains("report: formatting");
        assertThat(out.resolve("dcgan/samples.png")).isRegularFile();
        assertThat(Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8)).contains("epoch-0001.png")
                .contains("samples.png").contains("The run shown is the run folder " + run.getFileName() + ", given with --checkpoint.")
                .contains("Not shown: with --checkpoint the report trains nothing, and " + noRuns + " holds no finished run");
        assertThat(out.resolve("dcgan/runs")).doesNotExist();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
