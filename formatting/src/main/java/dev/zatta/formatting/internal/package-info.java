/**
 * Internals shared inside the module but not part of its API: this package is deliberately not
 * exported by {@code module-info.java}, so code on the module path cannot compile against it
 * (packaging-demo's {@code FormattingModuleIT} shows the error a consumer gets).
 */
package dev.zatta.formatting.internal;
