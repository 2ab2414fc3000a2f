package dev.zatta.packaging;

import java.lang.module.ModuleDescriptor.Requires;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Modules of the path that require each other in a cycle; each cycle is reported once. */
final class CycleCheck implements GraphCheck {
    @Override
    public List<Finding> check(ModuleGraph g) {
        // depth-first search over `requires` among the modules of the path
        Search search = new Search(g);
        for (String start : g.resolved().keySet()) {
            if (g.path().contains(start)) {
                search.visit(start, new ArrayList<>());
            }
        }
        return search.findings;
    }

    private static final class Search {
        private final ModuleGraph g;
        private final Set<String> done = new TreeSet<>();
        private final Set<Set<String>> reported = new LinkedHashSet<>();
        private final List<Finding> findings = new ArrayList<>();

        Search(ModuleGraph g) {
            this.g = g;
        }

        void visit(String node, List<String> stack) {
            int at = stack.indexOf(node);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(stack.subList(at, stack.size()));
                if (reported.add(new TreeSet<>(cycle))) {
                    cycle.add(node);
                    findings.add(Finding.cycle(cycle));
                }
                return;
            }
            if (done.contains(node) || !g.path().contains(node) || !g.resolved().containsKey(node)) {
                return;
            }
            stack.add(node);
            for (Requires r : new TreeSet<>(g.descriptor(node).requires())) {
                visit(r.name(), stack);
            }
            stack.remove(stack.size() - 1);
            done.add(node);
        }
    }
}
