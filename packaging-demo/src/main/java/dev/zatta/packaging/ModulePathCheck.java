package dev.zatta.packaging;

import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The module-path check: reads the path, resolves it from the root, runs each {@link GraphCheck}, and,
 * when they all find nothing, asks the JVM to resolve and define a layer so that a failure they did not
 * foresee is not reported as healthy. Stateless.
 */
final class ModulePathCheck {
    /** In the order their findings are reported. */
    private static final List<GraphCheck> CHECKS = List.of(new SplitPackageCheck(), new CycleCheck(),
            new ReferenceCheck(), new ResourceCheck(), new ReflectionCheck());

    private ModulePathCheck() {
    }

    /** Checks {@code entries} with root module {@code root}; {@code checked} heads the report. */
    static Report run(List<Path> entries, String root, String checked) {
        ModulePath path;
        try {
            path = new ModulePath(entries);
        } catch (FindException e) {
            return new Report(checked, List.of(Finding.invalidModulePath(e.getMessage())));
        }
        if (path.lookup(root).isEmpty()) {
            return new Report(checked, List.of(Finding.rootNotFound(root, path.modules().keySet())));
        }
        ModuleGraph graph = ModuleGraph.resolve(path, root);
        List<Finding> findings = new ArrayList<>();
        graph.missing().forEach((name, requiredBy) -> findings.add(Finding.moduleNotFound(name, requiredBy)));
        findings.addAll(graph.unreadable());
        for (GraphCheck check : CHECKS) {
            findings.addAll(check.check(graph));
        }
        if (findings.isEmpty()) {
            jvmRefusal(path.finder(), root).ifPresent(findings::add);
        }
        return new Report(checked, findings);
    }

    /** The JVM's own resolution and layer definition, in case something escaped the checks. */
    private static Optional<Finding> jvmRefusal(ModuleFinder finder, String root) {
        try {
            Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(root));
            ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
            return Optional.empty();
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            return Optional.of(Finding.jvmRefused(root, e));
        }
    }
}
