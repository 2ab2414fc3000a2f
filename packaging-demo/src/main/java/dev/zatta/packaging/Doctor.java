package dev.zatta.packaging;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Looks at compiled modules, a class path or source files as a user has them and names the real cause
 * of the trouble, with the fix. Stateless and thread-safe.
 *
 * <p>For modules ({@link ModulePathCheck}) it reads the module descriptors and the class files' actual
 * references (their constant pools, as {@code jdeps} sees them), resolves the graph from the root module
 * as the JVM would, and checks every reference for readability and export, every package for a split,
 * every resource that another module reads for an {@code opens}, deep reflection, and the graph for
 * cycles.
 *
 * <p>For a class path ({@link ClassPathCheck}) it finds packages split across entries and the classes
 * that the first entry shadows, silently.
 *
 * <p>For sources ({@link SourceCheck}) it checks that the bytes of each {@code .java} file are valid in
 * the declared encoding (and guesses the one they are in), that bytes valid there are not obviously
 * another encoding, and that each package declaration matches the file's folder below the source root.
 */
public final class Doctor {
    private Doctor() {}

    /**
     * Checks the modules on {@code modulePath} as {@code java --module-path PATH -m root/...} would see
     * them.
     *
     * @param modulePath jars, exploded module folders, or folders of those, as on {@code --module-path}
     * @param root the root module's name
     * @throws IllegalArgumentException if the path is empty, an entry does not exist, or root is blank
     */
    public static Report checkModules(List<Path> modulePath, String root) {
        if (modulePath == null || modulePath.isEmpty()) {
            throw new IllegalArgumentException("modulePath: expected at least one jar or folder, got none");
        }
        requireExisting("modulePath", modulePath);
        if (root == null || root.isBlank()) {
            throw new IllegalArgumentException("root: expected a module name, got '" + root + "'");
        }
        return ModulePathCheck.run(modulePath, root, "module path " + joined(modulePath) + " with root module " + root);
    }

    /**
     * Checks a class path for what runs silently there and fails on a module path: classes present in more
     * than one entry (the first entry wins, the others are never loaded) and packages split across entries.
     *
     * @param classPath jars and class folders, in class-path order
     * @throws IllegalArgumentException if the path is empty or an entry does not exist
     */
    public static Report checkClassPath(List<Path> classPath) {
        if (classPath == null || classPath.isEmpty()) {
            throw new IllegalArgumentException("classPath: expected at least one jar or folder, got none");
        }
        requireExisting("classPath", classPath);
        return ClassPathCheck.run(classPath);
    }

    /**
     * Checks every {@code .java} file under {@code dir} as {@code javac -encoding declared} would read it,
     * with {@code dir} as the source root.
     *
     * @throws IllegalArgumentException if {@code dir} is not a folder or {@code declared} is null
     */
    public static Report checkSources(Path dir, Charset declared) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dir: '" + dir + "' is not a folder; expected the source root to check");
        }
        if (declared == null) {
            throw new IllegalArgumentException("declared: expected a charset, got null");
        }
        return SourceCheck.run(dir, declared);
    }

    private static void requireExisting(String parameter, List<Path> entries) {
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException(parameter + ": '" + entry + "' does not exist; expected a jar or a folder");
            }
        }
    }

    private static String joined(List<Path> path) {
        return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
