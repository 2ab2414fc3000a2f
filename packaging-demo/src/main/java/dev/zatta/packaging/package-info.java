/**
 * Diagnosis of module-path, class-path and source-encoding problems, as a library: {@link dev.zatta.packaging.Doctor}
 * checks compiled modules, a class path or source files and returns an immutable {@link dev.zatta.packaging.Report}
 * of {@link dev.zatta.packaging.Finding}s, each with what is wrong and the fix; {@link dev.zatta.packaging.Encodings}
 * checks bytes against a charset and guesses the one they are really in.
 *
 * <p>Behind {@code Doctor}, one package-private class per check: {@code ModulePathCheck} reads the path
 * ({@code ModulePath}), resolves it ({@code ModuleGraph}) and runs the {@code GraphCheck}s
 * ({@code SplitPackageCheck}, {@code CycleCheck}, {@code ReferenceCheck}, {@code ResourceCheck},
 * {@code ReflectionCheck}); {@code ClassPathCheck}; {@code SourceCheck} with {@code EncodingCheck} and
 * {@code SourceRootCheck}. Every finding's text comes from a factory of {@code Finding}.
 */
package dev.zatta.packaging;
