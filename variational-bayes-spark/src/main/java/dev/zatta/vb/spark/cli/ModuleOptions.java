package dev.zatta.vb.spark.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Spark's {@code --add-opens} list (spark-launcher's {@link JavaModuleOptions}, what spark-submit passes
 * to the JVM) and how much of it is in effect in this JVM: {@code java -jar} takes it from the jar
 * manifest's {@code Add-Opens}, the tests from Surefire's {@code argLine}. Stateless.
 */
public final class ModuleOptions {
    private ModuleOptions() {
    }

    /** Spark's list as {@code module/package}, e.g. {@code java.base/java.nio}. */
    public static List<String> sparkAddOpens() {
        return Arrays.stream(JavaModuleOptions.defaultModuleOptionArray())
                .filter(o -> o.startsWith("--add-opens="))
                .map(o -> o.substring("--add-opens=".length(), o.indexOf('=', "--add-opens=".length())))
                .toList();
    }

    /** The entries of {@link #sparkAddOpens()} that this JVM opens to the class path's code. */
    public static List<String> inEffect() {
        Module classPath = ModuleOptions.class.getModule();
        return sparkAddOpens().stream().filter(entry -> {
            String module = entry.substring(0, entry.indexOf('/'));
            String pkg = entry.substring(entry.indexOf('/') + 1);
            return ModuleLayer.boot().findModule(module).map(m -> m.isOpen(pkg, classPath)).orElse(false);
        }).toList();
    }

    /** {@code 15 of Spark's 15 --add-opens in effect}. */
    public static String describe() {
        return inEffect().size() + " of Spark's " + sparkAddOpens().size() + " --add-opens in effect";
    }
}
