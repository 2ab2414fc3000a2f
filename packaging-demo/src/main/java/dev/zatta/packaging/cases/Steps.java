package dev.zatta.packaging.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Steps and checks that several cases share. Not thread-safe (the lab is not). */
final class Steps {
    private final Lab lab;

    Steps(Lab lab) {
        this.lab = lab;
    }

    /** Compiles {@code sources} into {@code CASE/cp} without module-info.java and runs {@code mainClass} there. */
    Step classPath(String c, String mainClass, List<Path> sources) {
        Outcome compiled = lab.compile(c + "cp", List.of(), sources);
        return new Step("class-path", "on the class path (no module-info.java)",
                "javac -d cp $(find src -name '*.java' ! -name module-info.java) && java -cp cp " + mainClass, true,
                compiled.success() ? lab.runClassPath(List.of(lab.path(c + "cp")), mainClass) : compiled);
    }

    /** javac's options for the module path {@code work/dir}. */
    List<String> modulePath(String dir) {
        return List.of("--module-path", lab.path(dir).toString());
    }

    /** Fails loudly when a part of a fixture that must build did not. */
    static void require(Outcome o) {
        if (!o.success()) {
            throw new IllegalStateException("a fixture that should build did not: " + o.render());
        }
    }

    static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
