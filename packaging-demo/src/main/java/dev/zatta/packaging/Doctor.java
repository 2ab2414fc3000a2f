package dev.zatta.packaging;

import dev.zatta.packaging.Finding.Kind;
import dev.zatta.packaging.classfile.ClassFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks at compiled modules or at source files as a user has them and names the real cause of the
 * trouble, with the fix. Stateless and thread-safe.
 *
 * <p>For modules it reads the module descriptors ({@link ModuleDescriptor}) and the class files' actual
 * references (their constant pools, as {@code jdeps} sees them), resolves the graph from the root module
 * as the JVM would, and checks every reference for readability and export, every package for a split,
 * every resource that another module reads for an {@code opens}, and the graph for cycles.
 *
 * <p>For sources it checks that the bytes of each {@code .java} file are valid in the declared encoding
 * (and guesses the one they are in), that bytes valid there are not obviously another encoding, and that
 * each package declaration matches the file's folder below the source root.
 *
 * <p>For a class path it finds packages split across entries and the classes that the first entry
 * shadows, silently.
 */
public final class Doctor {
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;");
    private static final Pattern CODING = Pattern.compile("coding[:=]\\s*([-\\w.]+)");

    private Doctor() {}

    // ---------------------------------------------------------------------------------------- modules

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
        for (Path entry : modulePath) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException("modulePath: '" + entry + "' does not exist; expected a jar or a folder");
            }
        }
        if (root == null || root.isBlank()) {
            throw new IllegalArgumentException("root: expected a module name, got '" + root + "'");
        }
        String checked = "module path " + modulePath.stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator)) + " with root module " + root;
        return new ModuleCheck(modulePath, root).run(checked);
    }

    private static final class ModuleCheck {
        private final List<Path> path;
        private final String root;
        private final ModuleFinder system = ModuleFinder.ofSystem();
        private final List<Finding> findings = new ArrayList<>();
        private ModuleFinder finder;

        ModuleCheck(List<Path> path, String root) {
            this.path = path;
            this.root = root;
        }

        Report run(String checked) {
            Map<String, ModuleReference> onPath = new TreeMap<>();
            try {
                finder = ModuleFinder.of(path.toArray(Path[]::new));
                for (ModuleReference ref : finder.findAll()) {
                    onPath.put(ref.descriptor().name(), ref);
                }
            } catch (FindException e) {
                findings.add(new Finding(Kind.INVALID_MODULE, "module path", "the module path cannot be read: "
                        + e.getMessage(), "remove or repair the entry named in the message (a jar with a broken "
                        + "module-info, two modules of the same name in one folder, or an automatic module name "
                        + "that is not a legal Java name)"));
                return new Report(checked, findings);
            }
            if (lookup(root).isEmpty()) {
                findings.add(new Finding(Kind.MODULE_NOT_FOUND, root, "root module " + root + " is not on the "
                        + "module path; java says: FindException: Module " + root + " not found",
                        "check the name (the module path holds " + (onPath.isEmpty() ? "no modules" : String.join(", ", onPath.keySet()))
                                + ") or add the jar or folder that contains module " + root));
                return new Report(checked, findings);
            }
            Map<String, ModuleReference> resolved = resolve(onPath);
            Map<String, List<ClassFile>> classes = new TreeMap<>();
            Map<String, List<String>> resources = new TreeMap<>();
            for (ModuleReference ref : resolved.values()) {
                if (onPath.get(ref.descriptor().name()) == ref) { // not a system module of the same name
                    read(ref, classes, resources);
                }
            }
            checkSplitPackages(resolved, onPath);
            checkCycles(resolved, onPath);
            checkReferences(resolved, onPath, classes);
            checkResources(resolved, classes, resources);
            checkDeepReflection(resolved, classes);
            if (findings.isEmpty()) {
                crossCheckWithJvm();
            }
            return new Report(checked, findings);
        }

        private Optional<ModuleReference> lookup(String name) {
            // as the java launcher: system modules first, then the module path
            return system.find(name).or(() -> finder.find(name));
        }

        /** The JVM's resolution from the root: requires (static only when present), automatic modules all together. */
        private Map<String, ModuleReference> resolve(Map<String, ModuleReference> onPath) {
            Map<String, ModuleReference> resolved = new LinkedHashMap<>();
            Map<String, List<String>> missing = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                String name = queue.poll();
                if (resolved.containsKey(name)) {
                    continue;
                }
                ModuleReference ref = lookup(name).orElseThrow();
                resolved.put(name, ref);
                ModuleDescriptor d = ref.descriptor();
                if (d.isAutomatic()) {
                    onPath.values().stream().filter(r -> r.descriptor().isAutomatic())
                            .forEach(r -> queue.add(r.descriptor().name()));
                }
                for (Requires r : new TreeSet<>(d.requires())) { // sorted: Set.of order changes from run to run
                    if (lookup(r.name()).isPresent()) {
                        queue.add(r.name());
                    } else if (!r.modifiers().contains(Requires.Modifier.STATIC)) {
                        missing.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(name);
                    }
                }
            }
            missing.forEach((name, by) -> findings.add(new Finding(Kind.MODULE_NOT_FOUND, name,
                    "module " + name + " is required by " + String.join(", ", by) + " but is on neither the module "
                            + "path nor in the JDK; java says: FindException: Module " + name + " not found, required by "
                            + by.get(0),
                    "add the jar or folder that contains module " + name + " to --module-path, or remove `requires "
                            + name + ";` from " + String.join(", ", by) + " if it is not used")));
            return resolved;
        }

        private void read(ModuleReference ref, Map<String, List<ClassFile>> classes, Map<String, List<String>> resources) {
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
                            findings.add(new Finding(Kind.INVALID_MODULE, name + "/" + entry, "not a readable class file: "
                                    + e.getMessage(), "rebuild module " + name));
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

        private void checkSplitPackages(Map<String, ModuleReference> resolved, Map<String, ModuleReference> onPath) {
            Map<String, List<String>> owners = new TreeMap<>();
            for (ModuleReference ref : resolved.values()) {
                String name = ref.descriptor().name();
                if (onPath.containsKey(name) || name.equals("java.base")) {
                    for (String p : ref.descriptor().packages()) {
                        owners.computeIfAbsent(p, k -> new ArrayList<>()).add(name);
                    }
                }
            }
            owners.forEach((pkg, unsorted) -> {
                if (unsorted.size() < 2) {
                    return;
                }
                List<String> mods = unsorted.stream().sorted().toList();
                List<String> exporting = mods.stream().filter(m -> exportsAtAll(resolved.get(m).descriptor(), pkg)).toList();
                String reader = resolved.values().stream().map(ModuleReference::descriptor)
                        .filter(d -> !d.isAutomatic() && reads(d, resolved).containsAll(exporting))
                        .map(ModuleDescriptor::name).findFirst().orElse("app");
                String symptom = exporting.size() >= 2
                        ? "javac says: module " + reader + " reads package " + pkg + " from both " + exporting.get(0)
                                + " and " + exporting.get(1) + "; java says: ResolutionException: Modules "
                                + exporting.get(0) + " and " + exporting.get(1) + " export package " + pkg + " to module " + reader
                        : "javac compiles it (not every one exports it), but java says: LayerInstantiationException: Package "
                                + pkg + " in both module " + mods.get(0) + " and module " + mods.get(1)
                                + "; on the class path the first jar would win silently";
                findings.add(new Finding(Kind.SPLIT_PACKAGE, pkg, "package " + pkg + " is in " + mods.size()
                        + " modules: " + String.join(", ", mods) + "; a package must live in one module of a layer. " + symptom,
                        "keep package " + pkg + " in one module: merge the classes into one module, or rename the package "
                                + "in all but one of " + String.join(", ", mods)));
            });
        }

        private void checkCycles(Map<String, ModuleReference> resolved, Map<String, ModuleReference> onPath) {
            // depth-first search over `requires` among the modules of the path; report each cycle once
            Set<String> done = new TreeSet<>();
            Set<Set<String>> reported = new LinkedHashSet<>();
            for (String start : resolved.keySet()) {
                if (onPath.containsKey(start)) {
                    dfs(start, new ArrayList<>(), done, reported, resolved, onPath);
                }
            }
        }

        private void dfs(String node, List<String> stack, Set<String> done, Set<Set<String>> reported,
                Map<String, ModuleReference> resolved, Map<String, ModuleReference> onPath) {
            int at = stack.indexOf(node);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(stack.subList(at, stack.size()));
                if (reported.add(new TreeSet<>(cycle))) {
                    cycle.add(node);
                    String chain = String.join(" -> ", cycle);
                    findings.add(new Finding(Kind.MODULE_CYCLE, chain, "modules require each other in a cycle: " + chain
                            + "; javac says: cyclic dependence involving " + cycle.get(0) + "; java says: "
                            + "ResolutionException: Cycle detected: " + chain,
                            "break the cycle: move the types both sides need into a new module that both require, "
                                    + "or remove one `requires` (" + cycle.get(cycle.size() - 2) + " -> " + node + ")"));
                }
                return;
            }
            if (done.contains(node) || !onPath.containsKey(node) || !resolved.containsKey(node)) {
                return;
            }
            stack.add(node);
            for (Requires r : new TreeSet<>(resolved.get(node).descriptor().requires())) {
                dfs(r.name(), stack, done, reported, resolved, onPath);
            }
            stack.remove(stack.size() - 1);
            done.add(node);
        }

        private void checkReferences(Map<String, ModuleReference> resolved, Map<String, ModuleReference> onPath,
                Map<String, List<ClassFile>> classes) {
            Map<String, List<String>> resolvedOwners = owners(resolved.values());
            List<ModuleReference> observable = new ArrayList<>(onPath.values());
            observable.addAll(system.findAll());
            Map<String, List<String>> observableOwners = owners(observable);
            Set<String> missingRequired = findings(Kind.MODULE_NOT_FOUND).stream().map(Finding::subject)
                    .collect(Collectors.toSet());
            // (module, target) -> packages and an example use, to say it once per pair
            Map<String, Map<String, String>> notRead = new TreeMap<>();
            Map<String, Map<String, String>> notExported = new TreeMap<>();
            Map<String, Map<String, String>> nowhere = new TreeMap<>();
            for (Map.Entry<String, List<ClassFile>> e : classes.entrySet()) {
                String m = e.getKey();
                ModuleDescriptor md = resolved.get(m).descriptor();
                if (md.isAutomatic()) {
                    continue; // reads every module and uses whatever it finds
                }
                Set<String> reads = reads(md, resolved);
                for (ClassFile cf : e.getValue()) {
                    for (String ref : cf.referencedClasses()) {
                        String pkg = ClassFile.packageOf(ref);
                        if (pkg.isEmpty() || md.packages().contains(pkg)) {
                            continue;
                        }
                        String use = cf.name() + " uses " + ref;
                        List<String> owner = resolvedOwners.getOrDefault(pkg, observableOwners.get(pkg));
                        if (owner == null) {
                            nowhere.computeIfAbsent(m, k -> new TreeMap<>()).putIfAbsent(pkg, use);
                            continue;
                        }
                        // with a split package, judge by the owner that serves this module best (the split is reported apart)
                        String n = owner.stream().filter(o -> reads.contains(o) && exported(lookup(o).orElseThrow().descriptor(), pkg, m))
                                .findFirst().or(() -> owner.stream().filter(reads::contains).findFirst()).orElse(owner.get(0));
                        if (!reads.contains(n)) {
                            notRead.computeIfAbsent(m + " " + n, k -> new TreeMap<>()).putIfAbsent(pkg, use);
                        } else if (!exported(lookup(n).orElseThrow().descriptor(), pkg, m)) {
                            notExported.computeIfAbsent(n + " " + pkg + " " + m, k -> new TreeMap<>()).putIfAbsent(pkg, use);
                        }
                    }
                }
            }
            notRead.forEach((pair, uses) -> {
                String m = pair.split(" ")[0];
                String n = pair.split(" ")[1];
                String pkgs = String.join(", ", uses.keySet());
                findings.add(new Finding(Kind.MISSING_REQUIRES, m + " -> " + n, "module " + m + " uses package "
                        + pkgs + " of module " + n + " (" + uses.values().iterator().next() + ") but does not read "
                        + n + "; javac says: package " + uses.keySet().iterator().next() + " is not visible (... but module "
                        + m + " does not read it); java says: NoClassDefFoundError, or IllegalAccessError if " + n
                        + " happens to be resolved",
                        "add `requires " + n + ";` to the module-info.java of " + m));
            });
            notExported.forEach((key, uses) -> {
                String[] parts = key.split(" ");
                String n = parts[0];
                String pkg = parts[1];
                String m = parts[2];
                findings.add(new Finding(Kind.PACKAGE_NOT_EXPORTED, pkg, "module " + m + " uses package " + pkg + " ("
                        + uses.get(pkg) + ") but module " + n + " does not export it to " + m + "; javac says: package "
                        + pkg + " is not visible (package " + pkg + " is declared in module " + n + ", which does not "
                        + "export it); java says: IllegalAccessError: ... module " + n + " does not export " + pkg
                        + " to module " + m,
                        "use only the exported API of " + n + ", or add `exports " + pkg + ";` (or `exports " + pkg
                                + " to " + m + ";`) to the module-info.java of " + n));
            });
            nowhere.forEach((m, uses) -> {
                boolean explained = resolved.get(m).descriptor().requires().stream()
                        .anyMatch(r -> missingRequired.contains(r.name()));
                if (explained) {
                    return; // the missing `requires` target already says what to add
                }
                boolean optional = resolved.get(m).descriptor().requires().stream()
                        .anyMatch(r -> r.modifiers().contains(Requires.Modifier.STATIC) && lookup(r.name()).isEmpty());
                if (optional) {
                    return; // `requires static` of an absent module: code for an optional dependency, used only if present
                }
                String pkgs = String.join(", ", uses.keySet());
                findings.add(new Finding(Kind.MODULE_NOT_FOUND, pkgs, "module " + m + " uses package " + pkgs + " ("
                        + uses.values().iterator().next() + ") but no module on the module path or in the JDK contains it; "
                        + "java says: NoClassDefFoundError: " + uses.values().iterator().next().replaceAll(".* uses ", "")
                                .replace('.', '/'),
                        "add the jar that contains " + pkgs + " to --module-path and `requires` its module in " + m));
            });
        }

        private void checkResources(Map<String, ModuleReference> resolved, Map<String, List<ClassFile>> classes,
                Map<String, List<String>> resources) {
            resources.forEach((n, names) -> {
                ModuleDescriptor nd = resolved.get(n).descriptor();
                for (String resource : names) {
                    int slash = resource.lastIndexOf('/');
                    if (slash < 0) {
                        continue; // top-level resources are not encapsulated
                    }
                    String pkg = resource.substring(0, slash).replace('/', '.');
                    String simple = resource.substring(slash + 1);
                    if (!nd.packages().contains(pkg)) {
                        continue;
                    }
                    classes.forEach((m, cfs) -> {
                        if (m.equals(n) || opened(nd, pkg, m)) {
                            return;
                        }
                        for (ClassFile cf : cfs) {
                            boolean usesPackage = cf.referencedClasses().stream().anyMatch(r -> ClassFile.packageOf(r).equals(pkg));
                            boolean named = cf.strings().contains(resource) || cf.strings().contains("/" + resource)
                                    || (usesPackage && cf.strings().contains(simple));
                            if (named) {
                                findings.add(new Finding(Kind.RESOURCE_NOT_OPENED, n + "/" + resource, "class "
                                        + cf.name() + " of module " + m + " reads resource " + resource + " of module " + n
                                        + ", but package " + pkg + " is not opened; getResourceAsStream returns null "
                                        + "(on the class path it would be found)",
                                        "add `opens " + pkg + ";` to the module-info.java of " + n + " (or `opens " + pkg
                                                + " to " + m + ";` for Class.getResourceAsStream), or move the resource "
                                                + "to a folder that is not a package, e.g. META-INF/ or the jar's root"));
                                return;
                            }
                        }
                    });
                }
            });
        }

        /**
         * A class that calls {@code setAccessible} and names classes of another module's package that is
         * not opened to it probably reflects into them: {@code InaccessibleObjectException} at run time.
         */
        private void checkDeepReflection(Map<String, ModuleReference> resolved, Map<String, List<ClassFile>> classes) {
            Map<String, String> packageOwner = new TreeMap<>();
            classes.keySet().forEach(n -> resolved.get(n).descriptor().packages().forEach(p -> packageOwner.putIfAbsent(p, n)));
            classes.forEach((m, cfs) -> {
                Map<String, String> reported = new TreeMap<>();
                for (ClassFile cf : cfs) {
                    boolean reflects = cf.calledMethods().stream().anyMatch(c -> c.startsWith("java.lang.reflect.")
                            && (c.endsWith(".setAccessible") || c.endsWith(".trySetAccessible")));
                    if (!reflects) {
                        continue;
                    }
                    for (String ref : cf.referencedClasses()) {
                        String pkg = ClassFile.packageOf(ref);
                        String n = packageOwner.get(pkg);
                        if (n == null || n.equals(m) || opened(resolved.get(n).descriptor(), pkg, m)) {
                            continue;
                        }
                        if (reported.putIfAbsent(n + " " + pkg, ref) == null) {
                            findings.add(new Finding(Kind.REFLECTION_NOT_OPENED, pkg, "class " + cf.name() + " of module "
                                    + m + " calls setAccessible and uses " + ref + ", but module " + n + " does not open "
                                    + "package " + pkg + " to " + m + "; deep reflection on its non-public members fails: "
                                    + "InaccessibleObjectException: ... module " + n + " does not \"opens " + pkg
                                    + "\" to module " + m,
                                    "use the public API of " + n + ", or add `opens " + pkg + " to " + m + ";` to the "
                                            + "module-info.java of " + n + " (or, without changing it, run with --add-opens "
                                            + n + "/" + pkg + "=" + m + ")"));
                        }
                    }
                }
            });
        }

        /** Runs the JVM's own resolution in case something escaped the checks above. */
        private void crossCheckWithJvm() {
            try {
                Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(root));
                ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
            } catch (FindException | ResolutionException | LayerInstantiationException e) {
                findings.add(new Finding(Kind.INVALID_MODULE, root, "the JVM cannot resolve the configuration: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage(), "see the JVM's message"));
            }
        }

        private List<Finding> findings(Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).toList();
        }

        private static Map<String, List<String>> owners(java.util.Collection<ModuleReference> refs) {
            Map<String, List<String>> owners = new TreeMap<>();
            for (ModuleReference ref : refs) {
                for (String p : ref.descriptor().packages()) {
                    owners.computeIfAbsent(p, k -> new ArrayList<>()).add(ref.descriptor().name());
                }
            }
            return owners;
        }

        /** The modules {@code md} reads: itself, its {@code requires}, and what those require transitively. */
        private Set<String> reads(ModuleDescriptor md, Map<String, ModuleReference> resolved) {
            Set<String> reads = new TreeSet<>(List.of(md.name(), "java.base"));
            Deque<Requires> todo = new ArrayDeque<>(md.requires());
            while (!todo.isEmpty()) {
                Requires r = todo.poll();
                if (!resolved.containsKey(r.name()) || !reads.add(r.name())) {
                    continue;
                }
                ModuleDescriptor target = resolved.get(r.name()).descriptor();
                if (target.isAutomatic()) {
                    // reading an automatic module means reading every automatic module (implied readability)
                    resolved.values().stream().map(ModuleReference::descriptor).filter(ModuleDescriptor::isAutomatic)
                            .forEach(a -> reads.add(a.name()));
                }
                target.requires().stream().filter(t -> t.modifiers().contains(Requires.Modifier.TRANSITIVE)).forEach(todo::add);
            }
            return reads;
        }

        private static boolean exportsAtAll(ModuleDescriptor d, String pkg) {
            return d.isAutomatic() || d.exports().stream().anyMatch(e -> e.source().equals(pkg));
        }

        private static boolean exported(ModuleDescriptor d, String pkg, String to) {
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

        private static boolean opened(ModuleDescriptor d, String pkg, String to) {
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

    // ---------------------------------------------------------------------------------------- class path

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
        Map<String, List<Path>> packages = new TreeMap<>();
        Map<String, List<Path>> classes = new TreeMap<>();
        for (Path entry : classPath) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException("classPath: '" + entry + "' does not exist; expected a jar or a folder");
            }
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
            String where = entries.stream().map(Path::toString).collect(Collectors.joining(", "));
            String message = "package " + pkg + " is in " + entries.size() + " class path entries: " + where + ". "
                    + (shadowed.isEmpty() ? "No class is in two of them, so the class path runs"
                            : shadowed.size() + " class" + (shadowed.size() == 1 ? " is" : "es are") + " in more than one ("
                                    + String.join(", ", shadowed.subList(0, Math.min(5, shadowed.size())))
                                    + (shadowed.size() > 5 ? ", ..." : "") + "): the JVM loads each from the first entry, "
                                    + entries.get(0) + ", and never the other copies, without a word; reorder the class "
                                    + "path and the program changes")
                    + ". On the module path the same jars fail: module X reads package " + pkg + " from both ..., or "
                    + "LayerInstantiationException: Package " + pkg + " in both module ...";
            findings.add(new Finding(Kind.SPLIT_PACKAGE, pkg, message, shadowed.isEmpty()
                    ? "move package " + pkg + " into one jar (or rename it in all but one) before moving to modules"
                    : "keep one copy: remove the duplicate jar (often two versions of one library), or rename the "
                            + "package in all but one of " + where));
        });
        return new Report("class path " + classPath.stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator)), findings);
    }

    private static List<String> classNames(Path entry) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    walk.filter(p -> p.toString().endsWith(".class")).map(p -> entry.relativize(p).toString())
                            .forEach(n -> addClassName(n.replace(java.io.File.separatorChar, '/'), names));
                }
            } else {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(entry.toFile())) {
                    zip.stream().map(java.util.zip.ZipEntry::getName).forEach(n -> addClassName(n, names));
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

    // ---------------------------------------------------------------------------------------- sources

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
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Path>> misplaced = new TreeMap<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + file, e);
            }
            String rel = dir.relativize(file).toString();
            checkEncoding(rel, bytes, declared).ifPresent(findings::add);
            packageOf(bytes, declared).ifPresent(pkg -> {
                Path folder = dir.relativize(file).getParent();
                if (folder == null || !folder.endsWith(Path.of(pkg.replace('.', '/')))) {
                    misplaced.computeIfAbsent(pkg + " " + (folder == null ? "" : folder), k -> new ArrayList<>()).add(file);
                }
            });
        }
        misplaced.forEach((key, group) -> findings.add(wrongSourceRoot(dir, key.substring(0, key.indexOf(' ')), group)));
        return new Report(files.size() + (files.size() == 1 ? " source file" : " source files") + " under " + dir
                + " read as " + declared.name(), findings);
    }

    private static Optional<Finding> checkEncoding(String rel, byte[] bytes, Charset declared) {
        List<Integer> bad = Encodings.invalidBytes(bytes, declared, Integer.MAX_VALUE);
        Optional<Charset> guess = Encodings.guess(bytes, declared);
        String coding = codingComment(bytes);
        if (!bad.isEmpty()) {
            int offset = bad.get(0);
            int[] lc = Encodings.lineAndColumn(bytes, offset);
            long lines = bad.stream().map(o -> Encodings.lineAndColumn(bytes, o)[0]).distinct().count();
            String probably = guess.map(c -> " They are probably " + c.name() + ": line " + lc[0] + " reads "
                    + quoteLine(bytes, lc[0], c) + " in " + c.name() + ".").orElse(" They fit none of "
                    + Encodings.CANDIDATES.stream().map(Charset::name).collect(Collectors.joining(", ")) + ".");
            return Optional.of(new Finding(Kind.INVALID_ENCODING, rel + ":" + lc[0] + ":" + lc[1],
                    String.format("byte 0x%02X at line %d, byte %d of the line (offset %d) is not valid %s; %d bytes on "
                            + "%d line%s are not. javac says: unmappable character (0x%02X) for encoding %s.%s%s",
                            bytes[offset] & 0xFF, lc[0], lc[1], offset, declared.name(), bad.size(), lines,
                            lines == 1 ? "" : "s", bytes[offset] & 0xFF, declared.name(), probably, coding),
                    guess.map(c -> "compile with -encoding " + c.name() + " (Maven: <project.build.sourceEncoding>"
                            + c.name() + "</project.build.sourceEncoding>)" + (c.name().equals("UTF-8") ? ""
                                    : ", or better, convert the file to UTF-8 (iconv -f " + c.name() + " -t UTF-8) and "
                                            + "compile with -encoding UTF-8"))
                            .orElse("find out which encoding the file is in and pass it with -encoding")));
        }
        // only strong evidence counts when every byte is valid: multi-byte UTF-8 (Latin-1 or legacy Japanese text
        // is almost never valid UTF-8), or ISO-2022-JP's escapes; valid UTF-8 read as UTF-8 is never second-guessed
        boolean strong = guess.map(c -> c.name().equals("UTF-8") || c.name().equals("ISO-2022-JP")).orElse(false);
        if (strong && !Encodings.decode(bytes, guess.get()).equals(Encodings.decode(bytes, declared))) {
            Charset c = guess.get();
            int offset = firstNonAscii(bytes);
            int[] lc = Encodings.lineAndColumn(bytes, offset);
            return Optional.of(new Finding(Kind.MISDECLARED_ENCODING, rel + ":" + lc[0] + ":" + lc[1],
                    "every byte is valid " + declared.name() + ", so javac compiles it without a word, but the file is "
                            + "almost surely " + c.name() + ": line " + lc[0] + " reads " + quoteLine(bytes, lc[0], c)
                            + " in " + c.name() + " and " + quoteLine(bytes, lc[0], declared) + " in " + declared.name()
                            + "; string constants and identifiers become mojibake." + coding,
                    "compile with -encoding " + c.name() + " (Maven: <project.build.sourceEncoding>" + c.name()
                            + "</project.build.sourceEncoding>)"));
        }
        return Optional.empty();
    }

    /** The package a source file declares, or empty for the unnamed package. */
    private static Optional<String> packageOf(byte[] bytes, Charset declared) {
        String text = Encodings.decode(bytes, declared).orElseGet(() -> new String(bytes, declared));
        String code = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
        Matcher m = PACKAGE.matcher(code);
        if (!m.find() || code.substring(0, m.start()).matches("(?s).*\\b(class|interface|enum|record|module)\\b.*")) {
            return Optional.empty(); // the unnamed package: javac does not care where the file lies
        }
        return Optional.of(m.group(1).replaceAll("\\s", ""));
    }

    private static Finding wrongSourceRoot(Path dir, String pkg, List<Path> files) {
        Path first = files.get(0);
        Path folder = dir.relativize(first).getParent();
        Path absoluteFolder = first.toAbsolutePath().normalize().getParent();
        Path pkgPath = Path.of(pkg.replace('.', '/'));
        String names = files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
        String simple = first.getFileName().toString().replaceFirst("\\.java$", "");
        String where = folder == null ? "lie at the top of " + dir : "lie in " + folder + "/";
        String symptom = " Their classes are " + pkg + ".*: javac -d out puts them in out/" + pkgPath + "/, and running one "
                + "from any other folder fails, e.g. java -cp out/" + pkgPath + " " + simple + " says: NoClassDefFoundError: "
                + simple + " (wrong name: " + pkgPath + "/" + simple + ").";
        String fix;
        if (absoluteFolder.endsWith(pkgPath)) {
            Path sourceRoot = absoluteFolder;
            for (int i = 0; i < pkgPath.getNameCount(); i++) {
                sourceRoot = sourceRoot.getParent();
            }
            fix = "use " + sourceRoot + " as the source root, not " + dir + ": cd " + sourceRoot + " && javac -d out "
                    + pkgPath + "/*.java && java -cp out " + pkg + "." + simple;
        } else {
            fix = "move them to " + pkgPath + "/ below the source root, or change the package declaration to match "
                    + "their folder";
        }
        String subject = folder == null ? "." : folder.toString();
        return new Finding(Kind.WRONG_SOURCE_ROOT, subject, names + " declare `package " + pkg + ";` but " + where
                + ", not in " + pkgPath + "/ below the source root " + dir + "." + symptom, fix);
    }

    private static String codingComment(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) {
                return " The `coding: " + m.group(1) + "` comment on line " + (i + 1) + " changes nothing: javac never "
                        + "reads it (that is Python's PEP 263), only -encoding counts.";
            }
        }
        return "";
    }

    private static String quoteLine(byte[] bytes, int line, Charset charset) {
        String text = new String(bytes, charset);
        String[] lines = text.split("\n", -1);
        String l = line - 1 < lines.length ? lines[line - 1].strip() : "";
        if (l.length() > 60) {
            l = l.substring(0, 57) + "...";
        }
        return "\"" + l.replaceAll("\\p{Cc}", "?") + "\"";
    }

    private static int firstNonAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0 || bytes[i] == 0x1B) {
                return i;
            }
        }
        return 0;
    }
}
