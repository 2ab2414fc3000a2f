package dev.zatta.packaging.cases;

import dev.zatta.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolutionException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * The toolbox the cases are made with, all in-process: write sources, compile them with the system
 * Java compiler ({@code javax.tools}), pack jars with the {@code jar} tool ({@link ToolProvider}), and
 * run code on a class path ({@link URLClassLoader}) or a module path (a fresh {@link ModuleLayer}).
 *
 * <p>Fixture code exposes {@code public static String run()}; the lab calls it and keeps what it
 * returns, so nothing touches {@code System.out}. Not thread-safe: one lab per thread.
 */
public final class Lab {
    private final Path work;
    private final JavaCompiler javac;

    /**
     * @param work the folder the fixtures are written to (created if absent)
     * @throws IllegalStateException if this JVM has no Java compiler (a JRE, not a JDK)
     */
    public Lab(Path work) {
        this.work = work;
        this.javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler in " + System.getProperty("java.home")
                    + ": run the cases on a JDK, not a JRE");
        }
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + work, e);
        }
    }

    /** The folder the fixtures are written to. */
    public Path work() {
        return work;
    }

    /** Writes {@code text} in UTF-8 to {@code work/relative}; returns the file. */
    public Path write(String relative, String text) {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code work/relative} through {@link AtomicFile}, so that a crash never leaves
     * half a fixture; returns the file.
     */
    public Path write(String relative, byte[] bytes) {
        Path file = work.resolve(relative);
        try {
            return AtomicFile.writeBytes(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /** Writes several UTF-8 sources: relative path to text. Returns the files in the map's order. */
    public List<Path> writeAll(Map<String, String> sources) {
        List<Path> files = new ArrayList<>();
        sources.forEach((rel, text) -> files.add(write(rel, text)));
        return files;
    }

    /** Creates the folder {@code work/relative}; returns it. */
    public Path mkdirs(String relative) {
        try {
            return Files.createDirectories(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + path(relative), e);
        }
    }

    /** {@code work/relative}. */
    public Path path(String relative) {
        return work.resolve(relative);
    }

    /**
     * Compiles {@code sources} into {@code work/out} with {@code options}; the outcome succeeds when no
     * diagnostic is an ERROR (not when the task says so: with encoding errors it can say true).
     */
    public Outcome compile(String out, List<String> options, List<Path> sources) {
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        StringWriter printed = new StringWriter();
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-d", path(out).toString(), "-Xlint:-options", "-implicit:none"));
        try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ENGLISH, null)) {
            javac.getTask(printed, fm, collector, args, null, fm.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the file manager", e);
        }
        return Outcome.compiled(collector.getDiagnostics().stream().map(Diag::of).toList(), printed.toString());
    }

    /** Runs the {@code jar} tool to pack {@code work/classes} into {@code work/jarFile}; returns the jar. */
    public Path jar(String jarFile, String classes) {
        Path jar = path(jarFile);
        try {
            Files.createDirectories(jar.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("creating " + jar.getParent(), e);
        }
        Outcome o = tool("jar", "--create", "--file", jar.toString(), "-C", path(classes).toString(), ".");
        if (!o.success()) {
            throw new IllegalStateException("jar --create --file " + jar + " failed: " + o.output());
        }
        return jar;
    }

    /** Runs a JDK tool ({@code jar}, {@code jdeps}) in-process; the outcome holds what it printed. */
    public static Outcome tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("tool " + name + " is not in this JDK"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int rc = tool.run(out, out, args);
            return Outcome.tool(rc == 0, bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** Copies one file, e.g. a module-info.class of another variant over a compiled module. */
    public void copy(String from, String to) {
        try {
            AtomicFile.copy(path(from), path(to));
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + from + " to " + to, e);
        }
    }

    /**
     * Loads {@code className} from a class path (parent: the platform loader, so nothing of this JVM's
     * class path leaks in) and calls its {@code run()}.
     */
    public Outcome runClassPath(List<Path> classPath, String className) {
        URL[] urls = classPath.stream().map(Lab::url).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            return invoke(Class.forName(className, true, loader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | LinkageError e) {
            return Outcome.threw(e);
        }
    }

    /**
     * Resolves {@code module} on {@code modulePath} in a fresh layer over the boot layer, defines its
     * modules with one class loader (as the application class loader does for {@code java -p}), and
     * calls {@code run()} of {@code className}. Resolution errors ({@code FindException},
     * {@code ResolutionException}), layer errors ({@code LayerInstantiationException}) and linkage errors
     * of the run ({@code IllegalAccessError}, {@code NoClassDefFoundError}) become the outcome.
     */
    public Outcome runModule(List<Path> modulePath, String module, String className) {
        try {
            ModuleLayer parent = ModuleLayer.boot();
            Configuration cf = parent.configuration().resolve(ModuleFinder.of(modulePath.toArray(Path[]::new)),
                    ModuleFinder.of(), Set.of(module));
            ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(cf, List.of(parent),
                    ClassLoader.getPlatformClassLoader());
            Module m = controller.layer().findModule(module).orElseThrow();
            String pkg = className.substring(0, className.lastIndexOf('.'));
            controller.addOpens(m, pkg, Lab.class.getModule()); // only so that the lab may call run()
            return invoke(controller.layer().findLoader(module).loadClass(className));
        } catch (FindException | ResolutionException | LayerInstantiationException | ClassNotFoundException | LinkageError e) {
            return Outcome.threw(e);
        }
    }

    private static Outcome invoke(Class<?> cls) {
        try {
            Method run = cls.getMethod("run");
            return Outcome.ran(String.valueOf(run.invoke(null)));
        } catch (InvocationTargetException e) {
            return Outcome.threw(e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            return Outcome.threw(e);
        }
    }

    /**
     * Runs a command in a separate process with {@code LANG=C LC_ALL=C} and no {@code JAVA_TOOL_OPTIONS},
     * in {@code work/dir}; the outcome succeeds when it exits 0. Used where the JDK's default encoding
     * matters, which is fixed when a JVM starts.
     */
    public Outcome runProcessInCLocale(String dir, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(path(dir).toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANGUAGE") || k.equals("JAVA_TOOL_OPTIONS")
                || k.equals("JDK_JAVA_OPTIONS") || k.equals("_JAVA_OPTIONS"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        try {
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Outcome.tool(false, "timed out: " + String.join(" ", command));
            }
            return Outcome.tool(p.exitValue() == 0, new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Outcome.tool(false, "cannot start " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.tool(false, "interrupted");
        }
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("classPath: '" + p + "' is not a valid URL", e);
        }
    }
}
