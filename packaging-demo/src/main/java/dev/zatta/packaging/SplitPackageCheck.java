package dev.zatta.packaging;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A package in more than one resolved module of the path (or in one of them and {@code java.base}). */
final class SplitPackageCheck implements GraphCheck {
    @Override
    public List<Finding> check(ModuleGraph g) {
        Map<String, List<String>> owners = new TreeMap<>();
        for (ModuleReference ref : g.resolved().values()) {
            String name = ref.descriptor().name();
            if (g.path().contains(name) || name.equals("java.base")) {
                for (String p : ref.descriptor().packages()) {
                    owners.computeIfAbsent(p, k -> new ArrayList<>()).add(name);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        owners.forEach((pkg, unsorted) -> {
            if (unsorted.size() < 2) {
                return;
            }
            List<String> modules = unsorted.stream().sorted().toList();
            List<String> exporting = modules.stream()
                    .filter(m -> ModuleGraph.exportsAtAll(g.descriptor(m), pkg)).toList();
            // the module javac would name: the first one that reads every exporting owner
            String reader = g.resolved().values().stream().map(ModuleReference::descriptor)
                    .filter(d -> !d.isAutomatic() && g.reads(d).containsAll(exporting))
                    .map(ModuleDescriptor::name).findFirst().orElse("app");
            findings.add(Finding.splitPackage(pkg, modules, exporting, reader));
        });
        return findings;
    }
}
