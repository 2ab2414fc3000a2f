package dev.zatta.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.zatta.packaging.Finding.Kind;
import dev.zatta.packaging.cases.Lab;
import dev.zatta.packaging.cases.Outcome;
import dev.zatta.packaging.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code formatting.jar} on a module path: a module that requires it formats with
 * {@code Template}; one that reaches inside it is stopped; the doctor checks the setup.
 */
class FormattingModuleIT {
    private static final String FORMATTING = "dev.zatta.formatting";
    private static Path jar;
    private static Lab lab;

    @BeforeAll
    static void setUp() throws IOException {
        jar = locateJar();
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        lab = new Lab(Files.createTempDirectory(target, "it-fixtures-"));
    }

    /** The system property set by the Failsafe configuration, else the test class path's formatting entry. */
    private static Path locateJar() {
        String property = System.getProperty("formatting.jar");
        if (property != null && Files.isRegularFile(Path.of(property))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).filter(p -> p.toString().contains("formatting")).findFirst()
                .orElseThrow(() -> new IllegalStateException("formatting.jar: not found via -Dformatting.jar=" + property
                        + " nor on the test class path; build it with ./mvnw -pl packaging-demo -am verify"));
    }

    @Test
    void theJarIsAModuleThatExportsItsApi() {
        ModuleDescriptor d = ModuleFinder.of(jar).find(FORMATTING).orElseThrow().descriptor();
        assertThat(d.isAutomatic()).isFalse();
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).contains(FORMATTING);
        // no runtime dependencies: java.base, and at most optional (`requires static`) ones
        assertThat(d.requires()).filteredOn(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
        Outcome described = Lab.tool("jar", "--describe-module", "--file", jar.toString());
        assertThat(described.success()).isTrue();
        assertThat(described.output()).contains(FORMATTING).contains("exports " + FORMATTING).contains("requires java.base mandated");
    }

    @Test
    void theDoctorIsHealthyOnItsOwnJarAndOnFormatting() {
        Path self = Path.of("target/packaging-demo.jar");
        assertThat(self).as("packaged before integration-test").exists();
        Report report = Doctor.checkModules(List.of(self, Path.of("target/lib")), "dev.zatta.packaging");
        assertThat(report.findings()).isEmpty();
        assertThat(Doctor.checkModules(List.of(jar), FORMATTING).findings()).isEmpty();
        Path formattingSources = Path.of("../formatting/src/main/java");
        if (Files.isDirectory(formattingSources)) { // in the repository, next to this module
            assertThat(Doctor.checkSources(formattingSources, java.nio.charset.StandardCharsets.UTF_8).findings()).isEmpty();
        }
    }

    @Test
    void aModuleThatRequiresFormattingUsesTemplate() {
        Path modules = user("user", "module user {\n    requires dev.zatta.formatting;\n}\n");
        Outcome run = lab.runModule(List.of(jar, modules), "user", "user.Main");
        assertThat(run.success()).as(run.render()).isTrue();
        assertThat(run.output()).isEqualTo("3.14");

        Report report = Doctor.checkModules(List.of(jar, modules), "user");
        assertThat(report.findings()).isEmpty();
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "doctor",
                "--module-path", jar + File.pathSeparator + modules, "--module", "user");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("doctor: healthy: ");
    }

    @Test
    void withoutTheJarOrTheRequiresTheDoctorSaysWhich() {
        Path modules = user("user2", "module user2 {\n    requires dev.zatta.formatting;\n}\n");
        // formatting.jar left off the module path
        Outcome absent = lab.runModule(List.of(modules), "user2", "user.Main");
        assertThat(absent.errorType()).isEqualTo("FindException");
        assertThat(absent.error()).isEqualTo("Module dev.zatta.formatting not found, required by user2");
        assertThat(Doctor.checkModules(List.of(modules), "user2").findings()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(Kind.MODULE_NOT_FOUND));

        // classes compiled with the requires, a descriptor without it
        assertThat(lab.compile("user2-descriptor", List.of(), List.of(lab.write("user2-src/module-info.java", "module user2 {\n}\n")))
                .success()).isTrue();
        lab.copy("user2-descriptor/module-info.class", "user2-mods/user2/module-info.class");
        Outcome notRead = lab.runModule(List.of(jar, modules), "user2", "user.Main");
        assertThat(notRead.errorType()).isEqualTo("NoClassDefFoundError");
        assertThat(notRead.error()).isEqualTo("dev/zatta/formatting/Template");
        assertThat(Doctor.checkModules(List.of(jar, modules), "user2").findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MISSING_REQUIRES);
            assertThat(f.subject()).isEqualTo("user2 -> dev.zatta.formatting");
        });
    }

    @Test
    void reflectionIntoTheEncapsulatedPackageIsRefused() {
        lab.write("snoop/src/snoop/Main.java", """
                package snoop;

                import dev.zatta.formatting.Template;
                import java.lang.reflect.Field;
                import java.lang.reflect.Modifier;

                public class Main {
                    public static String run() throws Exception {
                        Template t = Template.compile("{x}");
                        for (Field f : Template.class.getDeclaredFields()) {
                            if (Modifier.isPrivate(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())) {
                                f.setAccessible(true); // deep reflection: needs `opens`, not `exports`
                                return f.getName() + " = " + f.get(t);
                            }
                        }
                        return "no private field";
                    }
                }
                """);
        Path info = lab.write("snoop/src/module-info.java", "module snoop {\n    requires dev.zatta.formatting;\n}\n");
        Outcome compiled = lab.compile("snoop-mods/snoop", List.of("--module-path", jar.toString()),
                List.of(info, lab.path("snoop/src/snoop/Main.java")));
        assertThat(compiled.success()).as(compiled.render()).isTrue();
        Outcome run = lab.runModule(List.of(jar, lab.path("snoop-mods")), "snoop", "snoop.Main");
        assertThat(run.errorType()).isEqualTo("InaccessibleObjectException");
        assertThat(run.error()).contains("module dev.zatta.formatting does not \"opens dev.zatta.formatting\" to module snoop");
        Report report = Doctor.checkModules(List.of(jar, lab.path("snoop-mods")), "snoop");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.REFLECTION_NOT_OPENED);
            assertThat(f.subject()).isEqualTo(FORMATTING);
            assertThat(f.fix()).contains("opens dev.zatta.formatting to snoop;");
        });
    }

    @Test
    void compilingAgainstANonExportedPackageFails() throws IOException {
        ModuleDescriptor d = ModuleFinder.of(jar).find(FORMATTING).orElseThrow().descriptor();
        Set<String> hidden = new TreeSet<>(d.packages());
        hidden.removeAll(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assumeFalse(hidden.isEmpty(), "formatting.jar exports every package it has (" + d.packages()
                + "), so there is no non-exported package to reach into; the reflection test covers encapsulation");
        String pkg = hidden.iterator().next();
        String cls;
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            cls = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith(pkg.replace('.', '/') + "/") && n.endsWith(".class") && !n.contains("$")
                            && n.lastIndexOf('/') == pkg.length())
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).findFirst().orElseThrow();
        }
        lab.write("hidden/src/hidden/Main.java", "package hidden;\n\npublic class Main {\n    public static String run() {\n"
                + "        return " + cls + ".class.getName();\n    }\n}\n");
        Path info = lab.write("hidden/src/module-info.java", "module hidden {\n    requires dev.zatta.formatting;\n}\n");
        Outcome compiled = lab.compile("hidden-mods/hidden", List.of("--module-path", jar.toString()),
                List.of(info, lab.path("hidden/src/hidden/Main.java")));
        assertThat(compiled.errorCodes()).contains("compiler.err.package.not.visible");
        assertThat(compiled.errors().get(0).message()).contains("package " + pkg + " is not visible");
    }

    /** Compiles a module {@code name} whose {@code user.Main.run()} formats 3.14159 with "{x:.2f}". */
    private static Path user(String name, String moduleInfo) {
        Path main = lab.write(name + "-src/user/Main.java", """
                package user;

                import dev.zatta.formatting.Template;
                import java.util.Map;

                public class Main {
                    public static String run() {
                        return Template.compile("{x:.2f}").format(Map.of("x", 3.14159));
                    }

                    public static void main(String[] args) {
                        System.out.println(run());
                    }
                }
                """);
        Path info = lab.write(name + "-src/module-info.java", moduleInfo);
        Outcome compiled = lab.compile(name + "-mods/" + name, List.of("--module-path", jar.toString()), List.of(info, main));
        assertThat(compiled.success()).as(compiled.render()).isTrue();
        return lab.path(name + "-mods");
    }
}
