package dev.zatta.packaging;

import dev.zatta.packaging.classfile.ClassFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class-path check: packages split across entries, and the classes the first entry shadows without a
 * word (the class-path face of a split package). Stateless.
 */
final class ClassPathCheck {
    private ClassPathCheck() {
    }

    /** Checks {@code classPath}, whose entries exist, in class-path order. */
    static Report run(List<Path> classPath) {
        Map<String, List<Path>> packages = new TreeMap<>();
        Map<String, List<Path>> classes = new TreeMap<>();
        for (Path entry : classPath) {
            for (String name : classNames(entry)) {
                classes.computeIfAbsent(name, k -> new ArrayList<>()).add(entry);
                List<Path> in = packages.computeIfAbsent(ClassFile.packageOf(name), k -> new ArrayList<>());
                if (!in.contains(entry)) {
                    in.add(entry);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        packages.forEach((pkg, entries) -> {
            if (entries.size() < 2 || pkg.isEmpty()) {
                return;
            }
            List<String> shadowed = classes.entrySet().stream()
                    .filter(e -> ClassFile.packageOf(e.getKey()).equals(pkg) && e.getValue().size() > 1)
                    .map(Map.Entry::getKey).toList();
            findings.add(Finding.classPathSplit(pkg, entries, shadowed));
        });
        return new Report("class path " + classPath.stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)), findings);
    }

    /** The binary names of the classes in a jar or class folder, module-info and META-INF left out. */
    private static List<String> classNames(Path entry) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(p -> p.toString().endsWith(".class")).map(p -> entry.relativize(p).toString())
                            .forEach(n -> addClassName(n.replace(File.separatorChar, '/'), names));
                }
            } else {
                try (ZipFile zip = new ZipFile(entry.toFile())) {
                    zip.stream().map(ZipEntry::getName).forEach(n -> addClassName(n, names));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("classPath: '" + entry + "' is neither a folder nor a readable jar: "
                    + e.getMessage(), e);
        }
        return names;
    }

    private static void addClassName(String entryName, List<String> out) {
        if (entryName.endsWith(".class") && !entryName.startsWith("META-INF/") && !entryName.endsWith("module-info.class")) {
            out.add(entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.'));
        }
    }
}
