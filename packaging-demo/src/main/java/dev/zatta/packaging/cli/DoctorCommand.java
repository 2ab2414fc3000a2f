package dev.zatta.packaging.cli;

import dev.zatta.packaging.Doctor;
import dev.zatta.packaging.Report;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code doctor}: checks compiled modules or source files and prints what is wrong and the fix. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Checks compiled modules (--module-path, --module), source files (--sources, --encoding) "
                + "or a class path (--class-path) and names what is wrong and the fix.%n"
                + "Exit codes: 0 healthy, 1 findings, 2 bad arguments.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @ArgGroup(exclusive = false, heading = "Compiled modules:%n")
        Modules modules;

        @ArgGroup(exclusive = false, heading = "Source files:%n")
        Sources sources;

        @Option(names = "--class-path", paramLabel = "PATH",
                description = "Jars and class folders separated by '${sys:path.separator}': checks for classes and packages in more than one entry.")
        String classPath;
    }

    static final class Modules {
        @Option(names = "--module-path", required = true, paramLabel = "PATH",
                description = "Jars and folders separated by '${sys:path.separator}', as for java --module-path.")
        String modulePath;

        @Option(names = "--module", required = true, paramLabel = "ROOT", description = "The root module, as for java -m ROOT/...")
        String module;
    }

    static final class Sources {
        @Option(names = "--sources", required = true, paramLabel = "DIR", description = "The source root: .java files below it are checked.")
        Path dir;

        @Option(names = "--encoding", paramLabel = "CHARSET",
                description = "The encoding javac is told (-encoding). Default: this JVM's default charset, "
                        + "which is what javac uses without -encoding (UTF-8 from JDK 18, JEP 400).")
        Charset encoding;
    }

    @Override
    public Integer call() {
        Report report;
        if (target.classPath != null) {
            report = Doctor.checkClassPath(paths("--class-path", target.classPath));
        } else if (target.modules != null) {
            List<Path> path = paths("--module-path", target.modules.modulePath);
            if (!target.modules.module.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
                throw new ParameterException(spec.commandLine(), "--module: '" + target.modules.module
                        + "' is not a module name; expected e.g. com.example.app");
            }
            report = Doctor.checkModules(path, target.modules.module);
        } else {
            Path dir = target.sources.dir;
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "--sources: '" + dir + "' is not a folder; expected the source root");
            }
            Charset declared = target.sources.encoding != null ? target.sources.encoding : Charset.defaultCharset();
            report = Doctor.checkSources(dir, declared);
        }
        spec.commandLine().getOut().print(report.render());
        spec.commandLine().getOut().flush();
        return report.healthy() ? 0 : 1;
    }

    private List<Path> paths(String option, String value) {
        List<Path> path = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path p = Path.of(entry);
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), option + ": '" + entry
                        + "' does not exist; expected jars or folders separated by '" + File.pathSeparator + "'");
            }
            path.add(p);
        }
        if (path.isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + ": '" + value + "' names no jar or folder");
        }
        return path;
    }
}
