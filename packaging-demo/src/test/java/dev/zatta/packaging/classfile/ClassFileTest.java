package dev.zatta.packaging.classfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassFileTest {
    /** A class whose references are known: a field type, a parameter type, a call, a literal, a long constant. */
    static final class Sample {
        static final long BIG = 1L << 40; // a two-slot constant pool entry before the others
        java.util.concurrent.atomic.AtomicLong counter;

        String describe(java.time.Duration d, Map<String, List<Integer>>[] maps) {
            String resource = "data.txt"; // an ldc of its own (a literal inside a concatenation would be folded into the recipe)
            return resource + d + java.util.Objects.hash((Object[]) maps) + BIG + counter;
        }
    }

    @Test
    void readsReferencedClassesFromConstantPoolAndDescriptors() throws IOException {
        ClassFile cf = ClassFile.parse(bytesOf(Sample.class));
        assertThat(cf.name()).isEqualTo("dev.zatta.packaging.classfile.ClassFileTest$Sample");
        assertThat(cf.packageName()).isEqualTo("dev.zatta.packaging.classfile");
        assertThat(cf.referencedClasses()).contains(
                "java.util.concurrent.atomic.AtomicLong", // field descriptor only
                "java.time.Duration",                      // parameter descriptor only
                "java.util.Map",                           // array-of-generic parameter
                "java.util.Objects",                       // a call
                "java.lang.Object")                        // the super class
                .doesNotContain(cf.name());
        assertThat(cf.strings()).contains("data.txt");
        assertThat(cf.calledMethods()).contains("java.util.Objects.hash");
    }

    @Test
    void refusesWhatIsNotAClassFile() throws IOException {
        assertThatThrownBy(() -> ClassFile.parse(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("class file: expected magic 0xCAFEBABE, got 0x01020304");
        byte[] truncated = java.util.Arrays.copyOf(bytesOf(Sample.class), 40);
        assertThatThrownBy(() -> ClassFile.parse(truncated)).hasMessageStartingWith("class file: truncated");
    }

    @Test
    void packageOfBinaryNames() {
        assertThat(ClassFile.packageOf("a.b.C")).isEqualTo("a.b");
        assertThat(ClassFile.packageOf("Top")).isEmpty();
    }

    private static byte[] bytesOf(Class<?> c) throws IOException {
        String name = c.getName();
        try (InputStream in = c.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }
}
