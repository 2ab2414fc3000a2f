package dev.zatta.packaging;

import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The modules a {@code --module-path} holds, looked up as the {@code java} launcher does: system modules
 * first, then the path. Immutable.
 */
final class ModulePath {
    private final ModuleFinder system = ModuleFinder.ofSystem();
    private final ModuleFinder finder;
    private final Map<String, ModuleReference> modules;

    /**
     * Reads every module on {@code entries}.
     *
     * @throws FindException if the path cannot be read (a broken module-info, two modules of one name in a
     *         folder, an automatic module name that is not a legal Java name)
     */
    ModulePath(List<Path> entries) {
        finder = ModuleFinder.of(entries.toArray(Path[]::new));
        Map<String, ModuleReference> byName = new TreeMap<>();
        for (ModuleReference ref : finder.findAll()) {
            byName.put(ref.descriptor().name(), ref);
        }
        modules = Collections.unmodifiableMap(byName);
    }

    /** The module called {@code name}: the JDK's if it has one, else the path's. */
    Optional<ModuleReference> lookup(String name) {
        return system.find(name).or(() -> finder.find(name));
    }

    /** The modules on the path, by name (sorted). */
    Map<String, ModuleReference> modules() {
        return modules;
    }

    /** Whether a module of that name is on the path (it may still be shadowed by a system module). */
    boolean contains(String name) {
        return modules.containsKey(name);
    }

    /** Whether {@code ref} is the path's module, not a system module of the same name. */
    boolean isOnPath(ModuleReference ref) {
        return modules.get(ref.descriptor().name()) == ref;
    }

    /** The JDK's modules. */
    Set<ModuleReference> systemModules() {
        return system.findAll();
    }

    /** The finder of the path alone, for the JVM's own resolution. */
    ModuleFinder finder() {
        return finder;
    }
}
