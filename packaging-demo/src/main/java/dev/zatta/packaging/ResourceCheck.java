package dev.zatta.packaging;

import dev.zatta.packaging.classfile.ClassFile;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Resources in a package of one module that another module's code names (its string constants) while the
 * package is not opened to it: {@code getResourceAsStream} returns null there.
 */
final class ResourceCheck implements GraphCheck {
    @Override
    public List<Finding> check(ModuleGraph g) {
        List<Finding> findings = new ArrayList<>();
        g.resources().forEach((n, names) -> {
            ModuleDescriptor nd = g.descriptor(n);
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
                g.classes().forEach((m, cfs) -> {
                    if (m.equals(n) || ModuleGraph.opened(nd, pkg, m)) {
                        return;
                    }
                    for (ClassFile cf : cfs) {
                        boolean usesPackage = cf.referencedClasses().stream().anyMatch(r -> ClassFile.packageOf(r).equals(pkg));
                        boolean named = cf.strings().contains(resource) || cf.strings().contains("/" + resource)
                                || (usesPackage && cf.strings().contains(simple));
                        if (named) {
                            findings.add(Finding.resourceNotOpened(n, resource, pkg, cf.name(), m));
                            return;
                        }
                    }
                });
            }
        });
        return findings;
    }
}
