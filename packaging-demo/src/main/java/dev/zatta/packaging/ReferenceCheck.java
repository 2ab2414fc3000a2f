package dev.zatta.packaging;

import dev.zatta.packaging.classfile.ClassFile;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every class a module's class files name, against the module that owns its package: not read (a missing
 * {@code requires}), not exported to the user, or owned by no module at all.
 */
final class ReferenceCheck implements GraphCheck {
    @Override
    public List<Finding> check(ModuleGraph g) {
        Map<String, List<String>> resolvedOwners = ModuleGraph.owners(g.resolved().values());
        List<ModuleReference> observable = new ArrayList<>(g.path().modules().values());
        observable.addAll(g.path().systemModules());
        Map<String, List<String>> observableOwners = ModuleGraph.owners(observable);
        // keyed by (module, target) and package, with one example use, to say it once per pair
        Map<String, Map<String, String>> notRead = new TreeMap<>();
        Map<String, Map<String, String>> notExported = new TreeMap<>();
        Map<String, Map<String, String>> nowhere = new TreeMap<>();
        for (Map.Entry<String, List<ClassFile>> e : g.classes().entrySet()) {
            String m = e.getKey();
            ModuleDescriptor md = g.descriptor(m);
            if (md.isAutomatic()) {
                continue; // reads every module and uses whatever it finds
            }
            Set<String> reads = g.reads(md);
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
                    String n = owner.stream().filter(o -> reads.contains(o) && exportedTo(g, o, pkg, m)).findFirst()
                            .or(() -> owner.stream().filter(reads::contains).findFirst()).orElse(owner.get(0));
                    if (!reads.contains(n)) {
                        notRead.computeIfAbsent(m + " " + n, k -> new TreeMap<>()).putIfAbsent(pkg, use);
                    } else if (!exportedTo(g, n, pkg, m)) {
                        notExported.computeIfAbsent(n + " " + pkg + " " + m, k -> new TreeMap<>()).putIfAbsent(pkg, use);
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        notRead.forEach((pair, uses) -> {
            String[] mn = pair.split(" ");
            findings.add(Finding.missingRequires(mn[0], mn[1], uses));
        });
        notExported.forEach((key, uses) -> {
            String[] npm = key.split(" ");
            findings.add(Finding.packageNotExported(npm[0], npm[1], npm[2], uses.get(npm[1])));
        });
        nowhere.forEach((m, uses) -> {
            List<Requires> requires = List.copyOf(g.descriptor(m).requires());
            if (requires.stream().anyMatch(r -> g.missing().containsKey(r.name()))) {
                return; // the missing `requires` target already says what to add
            }
            if (requires.stream().anyMatch(r -> r.modifiers().contains(Requires.Modifier.STATIC)
                    && g.path().lookup(r.name()).isEmpty())) {
                return; // `requires static` of an absent module: code for an optional dependency, used only if present
            }
            findings.add(Finding.packageNowhere(m, uses));
        });
        return findings;
    }

    private static boolean exportedTo(ModuleGraph g, String owner, String pkg, String user) {
        return ModuleGraph.exported(g.path().lookup(owner).orElseThrow().descriptor(), pkg, user);
    }
}
