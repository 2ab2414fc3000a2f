package dev.zatta.formatting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar runs alone: nothing but {@code target/formatting.jar} on the class path or the
 * module path (commons-text, an optional dependency, is absent).
 */
class StandaloneJarIT {
    private static final Path JAR = Path.of("target", "formatting.jar");
    private static final String TEMPLATE = "estimator-{estimator}_gamma-{gamma:.2f}_eta-{eta}";

    record Result(int exit, String out) {}

    static Result java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out.strip());
    }

    @Test
    void jarRunsWithNothingElse() throws IOException, InterruptedException {
        assertThat(JAR).exists();
        assertThat(Files.size(JAR)).isLessThan(1_000_000);
        Result r = java("-jar", JAR.toString(), TEMPLATE, "estimator=svm", "gamma=0.1666", "eta=100");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("estimator-svm_gamma-0.17_eta-100");
    }

    /**
     * The module exports its API packages only (the command line and the literal reader stay inside), needs
     * nothing but java.base at run time, and names its command as its main class.
     */
    @Test
    void theModuleExportsOnlyItsApiAndRequiresNothingAtRunTime() throws IOException {
        ModuleDescriptor d = ModuleFinder.of(JAR).find("dev.zatta.formatting").orElseThrow().descriptor();
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("dev.zatta.formatting", "dev.zatta.formatting.text");
        assertThat(d.packages()).containsExactlyInAnyOrder("dev.zatta.formatting", "dev.zatta.formatting.text",
                "dev.zatta.formatting.cli", "dev.zatta.formatting.internal");
        assertThat(d.requires()).filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
        assertThat(d.mainClass()).hasValue("dev.zatta.formatting.cli.Main");
        List<String> publicTypes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String n = e.getName();
                if (n.startsWith("dev/zatta/formatting/") && n.lastIndexOf('/') == "dev/zatta/formatting".length()
                        && n.endsWith(".class") && !n.contains("$") && !n.endsWith("/package-info.class")) {
                    String name = n.substring(0, n.length() - ".class".length()).replace('/', '.');
                    try {
                        if (Modifier.isPublic(Class.forName(name).getModifiers())) {
                            publicTypes.add(name.substring(name.lastIndexOf('.') + 1));
                        }
                    } catch (ClassNotFoundException ex) {
                        throw new AssertionError(name + " is in the jar but not on the test class path", ex);
                    }
                }
            }
        }
        assertThat(publicTypes).as("public types of the exported package dev.zatta.formatting")
                .containsExactlyInAnyOrder("Template", "RunTitle", "FormatException");
    }

    /**
     * Nothing but this module's own classes: every entry is under {@code dev/zatta/formatting/}, in
     * {@code META-INF/} or the module descriptor (no shaded or copied dependency), and the manifest names
     * no {@code Class-Path}, so the jar needs nothing beside it.
     */
    @Test
    void theJarHoldsOnlyItsOwnClassesAndNoClassPath() throws IOException {
        List<String> foreign = new ArrayList<>();
        int classes = 0;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry e : jar.stream().toList()) {
                String n = e.getName();
                if (n.endsWith(".class")) {
                    classes++;
                }
                boolean own = n.equals("module-info.class") || n.startsWith("META-INF/")
                        || n.startsWith("dev/zatta/formatting/") || "dev/".equals(n) || "dev/zatta/".equals(n);
                if (!own) {
                    foreign.add(n);
                }
            }
            Manifest manifest = jar.getManifest();
            assertThat(manifest).as("META-INF/MANIFEST.MF").isNotNull();
            Attributes main = manifest.getMainAttributes();
            assertThat(main.getValue(Attributes.Name.CLASS_PATH)).as("Class-Path of the manifest").isNull();
            assertThat(main.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("dev.zatta.formatting.cli.Main");
            assertThat(jar.getEntry("module-info.class")).as("module-info.class").isNotNull();
        }
        assertThat(foreign).as("entries outside dev/zatta/formatting/, META-INF/ and module-info.class").isEmpty();
        assertThat(classes).as("class entries").isGreaterThan(20);
    }

    @Test
    void classPathWithOnlyTheJar() throws IOException, InterruptedException {
        Result r = java("-cp", JAR.toString(), "dev.zatta.formatting.cli.Main", "{} {!r} {:_}", "1e16", "'svm'",
                "1234567");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("1e+16 'svm' 1_234_567");
    }

    @Test
    void modulePathWithOnlyTheJar() throws IOException, InterruptedException {
        Result r = java("-p", JAR.toString(), "-m", "dev.zatta.formatting/dev.zatta.formatting.cli.Main", "--title",
                "--spec", "gamma=.2f", "estimator=svm", "gamma=0.1666", "eta=100");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("estimator-svm_eta-100_gamma-0.17");
        Result byModule = java("-p", JAR.toString(), "-m", "dev.zatta.formatting", "{x:>5.1%}", "x=0.25");
        assertThat(byModule.exit()).as(byModule.out()).isZero();
        assertThat(byModule.out()).isEqualTo("25.0%");
    }

    @Test
    void errorsExitWithTwoAndSayWhatWasExpected() throws IOException, InterruptedException {
        Result r = java("-jar", JAR.toString(), "{gamma:d}", "gamma=0.5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(
                "error: ValueError: Unknown format code 'd' for object of type 'float' in field {gamma:d} (value 0.5) at position 0 of \"{gamma:d}\"");
        Result usage = java("-jar", JAR.toString());
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.out()).startsWith("error: expected a TEMPLATE");
        Result help = java("-jar", JAR.toString(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: java -jar formatting.jar");
    }
}
