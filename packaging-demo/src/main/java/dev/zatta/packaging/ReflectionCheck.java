package dev.zatta.packaging;

import dev.zatta.packaging.classfile.ClassFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A heuristic: a class that calls {@code setAccessible} and names classes of another module's package
 * that is not opened to it probably reflects into them, and gets {@code InaccessibleObjectException}.
 */
final class ReflectionCheck implements GraphCheck {
    @Override
    public List<Finding> check(ModuleGraph g) {
        Map<String, String> packageOwner = new TreeMap<>();
        g.classes().keySet().forEach(n -> g.descriptor(n).packages().forEach(p -> packageOwner.putIfAbsent(p, n)));
        List<Finding> findings = new ArrayList<>();
        g.classes().forEach((m, cfs) -> {
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
                    if (n == null || n.equals(m) || ModuleGraph.opened(g.descriptor(n), pkg, m)) {
                        continue;
                    }
                    if (reported.putIfAbsent(n + " " + pkg, ref) == null) {
                        findings.add(Finding.reflectionNotOpened(cf.name(), m, ref, n, pkg));
                    }
                }
            }
        });
        return findings;
    }
}
