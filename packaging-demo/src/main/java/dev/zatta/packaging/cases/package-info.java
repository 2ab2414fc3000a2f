/**
 * The blog's import pitfall retold as JPMS module-path and source-encoding cases: each case writes a
 * small fixture, reproduces the failure in-process (javac through {@code javax.tools}, resolution and
 * access in a fresh {@link java.lang.ModuleLayer}, {@code jar} through {@link java.util.spi.ToolProvider})
 * and shows that the documented fix compiles and runs. {@link dev.zatta.packaging.cases.Cases} is the
 * catalogue, {@link dev.zatta.packaging.cases.Lab} the toolbox.
 */
package dev.zatta.packaging.cases;
