/**
 * A small reader of class files (JVMS §4.1, §4.4): the constant pool and the member descriptors, which
 * is all the doctor needs to know which classes a class file refers to, as {@code jdeps} sees them.
 * Internal: not exported.
 */
package dev.zatta.packaging.classfile;
