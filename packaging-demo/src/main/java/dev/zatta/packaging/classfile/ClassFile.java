package dev.zatta.packaging.classfile;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one class file refers to: the classes named by its constant pool (JVMS §4.4.1) and by the
 * field and method descriptors it uses (§4.3), and its string constants (§4.4.3). Immutable.
 *
 * @param name the binary name of the class, e.g. {@code app.Main}
 * @param referencedClasses binary names of every other class it names, sorted
 * @param strings the string literals in its constant pool, sorted
 * @param calledMethods the methods it calls (method and interface-method refs, §4.4.2), as
 *     {@code owner.name}, e.g. {@code java.lang.reflect.Field.setAccessible}, sorted
 */
public record ClassFile(String name, Set<String> referencedClasses, Set<String> strings, Set<String> calledMethods) {
    private static final int MAGIC = 0xCAFEBABE;
    private static final int ACC_MODULE = 0x8000;

    public ClassFile {
        referencedClasses = Set.copyOf(new TreeSet<>(referencedClasses));
        strings = Set.copyOf(new TreeSet<>(strings));
        calledMethods = Set.copyOf(new TreeSet<>(calledMethods));
    }

    /** The package of {@link #name()}, {@code ""} for the unnamed package. */
    public String packageName() {
        return packageOf(name);
    }

    /** The package of a binary class name, {@code ""} for the unnamed package. */
    public static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    /**
     * Reads a class file.
     *
     * @throws IllegalArgumentException if {@code bytes} is not a class file, or is a module-info
     */
    public static ClassFile parse(byte[] bytes) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(bytes)));
        } catch (IOException e) {
            throw new IllegalArgumentException("class file: truncated after reading part of " + bytes.length + " bytes", e);
        }
    }

    private static ClassFile read(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IllegalArgumentException(String.format("class file: expected magic 0xCAFEBABE, got 0x%08X", magic));
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        int[] stringIndex = new int[count];
        int[] natName = new int[count];
        int[] methodClass = new int[count];
        int[] methodNat = new int[count];
        List<Integer> descriptorIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF(); // u2 length + modified UTF-8, as DataInput reads it
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // long and double take two entries (§4.4.5)
                }
                case 7 -> classIndex[i] = in.readUnsignedShort();
                case 8 -> stringIndex[i] = in.readUnsignedShort();
                case 9, 17, 18 -> in.readInt();
                case 10, 11 -> {
                    methodClass[i] = in.readUnsignedShort();
                    methodNat[i] = in.readUnsignedShort();
                }
                case 12 -> {
                    natName[i] = in.readUnsignedShort();
                    descriptorIndexes.add(in.readUnsignedShort());
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 16 -> descriptorIndexes.add(in.readUnsignedShort());
                case 19, 20 -> in.readUnsignedShort();
                default -> throw new IllegalArgumentException("class file: unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        int access = in.readUnsignedShort();
        if ((access & ACC_MODULE) != 0) {
            throw new IllegalArgumentException("class file: a module-info, not a class");
        }
        int thisClass = in.readUnsignedShort();
        in.readUnsignedShort(); // super: also a Class entry, read below with all the others
        int interfaces = in.readUnsignedShort();
        for (int i = 0; i < interfaces; i++) {
            in.readUnsignedShort();
        }
        for (int members = 0; members < 2; members++) { // fields, then methods
            int n = in.readUnsignedShort();
            for (int i = 0; i < n; i++) {
                in.readUnsignedShort(); // access
                in.readUnsignedShort(); // name
                descriptorIndexes.add(in.readUnsignedShort());
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.readUnsignedShort();
                    in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
                }
            }
        }
        String self = binary(utf8[classIndex[thisClass]]);
        Set<String> refs = new TreeSet<>();
        Set<String> strings = new TreeSet<>();
        Set<String> calls = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (methodClass[i] != 0) {
                String owner = utf8[classIndex[methodClass[i]]];
                calls.add(binary(owner) + "." + utf8[natName[methodNat[i]]]);
            }
            if (classIndex[i] != 0) {
                addClassName(utf8[classIndex[i]], refs);
            }
            if (stringIndex[i] != 0) {
                strings.add(utf8[stringIndex[i]]);
            }
        }
        for (int index : descriptorIndexes) {
            addDescriptor(utf8[index], refs);
        }
        refs.remove(self);
        return new ClassFile(self, refs, strings, calls);
    }

    /** A Class entry holds an internal name, or an array descriptor such as {@code [Ljava/lang/String;}. */
    private static void addClassName(String internal, Set<String> out) {
        if (internal.startsWith("[")) {
            addDescriptor(internal, out);
        } else {
            out.add(binary(internal));
        }
    }

    /** Every {@code L...;} in a field or method descriptor (§4.3.2, §4.3.3). */
    private static void addDescriptor(String descriptor, Set<String> out) {
        int i = 0;
        while ((i = descriptor.indexOf('L', i)) >= 0) {
            int end = descriptor.indexOf(';', i);
            if (end < 0) {
                return;
            }
            out.add(binary(descriptor.substring(i + 1, end)));
            i = end + 1;
        }
    }

    private static String binary(String internal) {
        return internal.replace('/', '.');
    }
}
