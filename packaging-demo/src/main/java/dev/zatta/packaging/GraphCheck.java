package dev.zatta.packaging;

import java.util.List;

/** One check of a resolved module graph: what it finds, in a stable order. Implementations are stateless. */
interface GraphCheck {
    /** The findings of this check on {@code graph}; empty when it finds nothing. */
    List<Finding> check(ModuleGraph graph);
}
