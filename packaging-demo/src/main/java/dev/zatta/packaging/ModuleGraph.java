package dev.zatta.packaging;

import dev.zatta.packaging.classfile.ClassFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A module path resolved from a root module as the JVM does it ({@code requires static} only when
 * present, all automatic modules together), with the class files and resources of every resolved module
 * of the path. What the module-path checks ({@link GraphCheck}) look at. Immutable.
 */
final class ModuleGraph {
    private final ModulePath path;
    private final Map<String, ModuleReference> resolved;
    private final Map<String, List<String>> missing;
    private final Map<String, List<ClassFile>> classes;
    private final Map<String, List<String>> resources;
    private final List<Finding> unreadable;

    private ModuleGraph(ModulePath path, Map<String, ModuleReference> resolved, Map<String, List<String>> missing,
            Map<String, List<ClassFile>> classes, Map<String, List<String>> resources, List<Finding> unreadable) {
        this.path = path;
        this.resolved = Collections.unmodifiableMap(resolved);
        this.missing = Collections.unmodifiableMap(missing);
        this.classes = Collections.unmodifiableMap(classes);
        this.resources = Collections.unmodifiableMap(resources);
        this.unreadable = List.copyOf(unreadable);
    }

    /**
     * Resolves from {@code root}, which {@code path} must be able to look up, and reads the class files and
     * resources of the resolved modules that come from the path.
     */
    static ModuleGraph resolve(ModulePath path, String root) {
        Map<String, ModuleReference> resolved = new LinkedHashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (resolved.containsKey(name)) {
                continue;
            }
            ModuleReference ref = path.lookup(name).orElseThrow();
            resolved.put(name, ref);
            ModuleDescriptor d = ref.descriptor();
            if (d.isAutomatic()) {
                path.modules().values().stream().filter(r -> r.descriptor().isAutomatic())
                        .forEach(r -> queue.add(r.descriptor().name()));
            }
            for (Requires r : new TreeSet<>(d.requires())) { // sorted: Set.of order changes from run to run
                if (path.lookup(r.name()).isPresent()) {
                    queue.add(r.name());
                } else if (!r.modifiers().contains(Requires.Modifier.STATIC)) {
                    missing.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        Map<String, List<ClassFile>> classes = new TreeMap<>();
        Map<String, List<String>> resources = new TreeMap<>();
        List<Finding> unreadable = new ArrayList<>();
        for (ModuleReference ref : resolved.values()) {
            if (path.isOnPath(ref)) {
                read(ref, classes, resources, unreadable);
            }
        }
        return new ModuleGraph(path, resolved, missing, classes, resources, unreadable);
    }

    private static void read(ModuleReference ref, Map<String, List<ClassFile>> classes,
            Map<String, List<String>> resources, List<Finding> unreadable) {
        String name = ref.descriptor().name();
        List<ClassFile> cls = new ArrayList<>();
        List<String> res = new ArrayList<>();
        try (ModuleReader reader = ref.open(); Stream<String> entries = reader.list()) {
            for (String entry : (Iterable<String>) entries.sorted()::iterator) {
                if (entry.endsWith("/") || entry.startsWith("META-INF/") || entry.equals("module-info.class")
                        || entry.endsWith("/module-info.class")) {
                    continue;
                }
                if (entry.endsWith(".class")) {
                    try (InputStream in = reader.open(entry).orElseThrow()) {
                        cls.add(ClassFile.parse(in.readAllBytes()));
                    } catch (IllegalArgumentException e) {
                        unreadable.add(Finding.unreadableClass(name, entry, e.getMessage()));
                    }
                } else {
                    res.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading module " + name + " at " + ref.location().orElse(null), e);
        }
        classes.put(name, cls);
        resources.put(name, res);
    }

    /** The module path the graph was resolved on. */
    ModulePath path() {
        return path;
    }

    /** The resolved modules by name, in the order they were resolved (the root first). */
    Map<String, ModuleReference> resolved() {
        return resolved;
    }

    /** The descriptor of the resolved module {@code name}. */
    ModuleDescriptor descriptor(String name) {
        return resolved.get(name).descriptor();
    }

    /** Required modules found neither on the path nor in the JDK, each with the modules that require it. */
    Map<String, List<String>> missing() {
        return missing;
    }

    /** The class files of each resolved module of the path, by module name. */
    Map<String, List<ClassFile>> classes() {
        return classes;
    }

    /** The resources (entries that are not class files) of each resolved module of the path. */
    Map<String, List<String>> resources() {
        return resources;
    }

    /** Class files that could not be parsed, as findings. */
    List<Finding> unreadable() {
        return unreadable;
    }

    /** The modules {@code md} reads: itself, its {@code requires}, and what those require transitively. */
    Set<String> reads(ModuleDescriptor md) {
        Set<String> reads = new TreeSet<>(List.of(md.name(), "java.base"));
        Deque<Requires> todo = new ArrayDeque<>(md.requires());
        while (!todo.isEmpty()) {
            Requires r = todo.poll();
            if (!resolved.containsKey(r.name()) || !reads.add(r.name())) {
                continue;
            }
            ModuleDescriptor target = descriptor(r.name());
            if (target.isAutomatic()) {
                // reading an automatic module means reading every automatic module (implied readability)
                resolved.values().stream().map(ModuleReference::descriptor).filter(ModuleDescriptor::isAutomatic)
                        .forEach(a -> reads.add(a.name()));
            }
            target.requires().stream().filter(t -> t.modifiers().contains(Requires.Modifier.TRANSITIVE)).forEach(todo::add);
        }
        return reads;
    }

    /** Package name to the names of the modules of {@code refs} that contain it. */
    static Map<String, List<String>> owners(Collection<ModuleReference> refs) {
        Map<String, List<String>> owners = new TreeMap<>();
        for (ModuleReference ref : refs) {
            for (String p : ref.descriptor().packages()) {
                owners.computeIfAbsent(p, k -> new ArrayList<>()).add(ref.descriptor().name());
            }
        }
        return owners;
    }

    /** Whether {@code d} exports {@code pkg} to anyone. */
    static boolean exportsAtAll(ModuleDescriptor d, String pkg) {
        return d.isAutomatic() || d.exports().stream().anyMatch(e -> e.source().equals(pkg));
    }

    /** Whether {@code d} exports {@code pkg} to module {@code to} (qualified exports honoured). */
    static boolean exported(ModuleDescriptor d, String pkg, String to) {
        if (d.isAutomatic()) {
            return true;
        }
        for (Exports e : d.exports()) {
            if (e.source().equals(pkg) && (!e.isQualified() || e.targets().contains(to))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code d} opens {@code pkg} to module {@code to} (open modules and qualified opens honoured). */
    static boolean opened(ModuleDescriptor d, String pkg, String to) {
        if (d.isAutomatic() || d.isOpen()) {
            return true;
        }
        for (Opens o : d.opens()) {
            if (o.source().equals(pkg) && (!o.isQualified() || o.targets().contains(to))) {
                return true;
            }
        }
        return false;
    }
}
