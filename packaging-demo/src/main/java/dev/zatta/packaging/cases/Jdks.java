package dev.zatta.packaging.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds installed JDKs by their {@code release} file: this JVM's home, the homes listed in the system
 * property {@code zatta.jdks} (separated by the path separator), and the folders of
 * {@code /usr/lib/jvm}. Stateless.
 */
public final class Jdks {
    /** The system property with extra JDK homes. */
    public static final String PROPERTY = "zatta.jdks";
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private Jdks() {}

    /** The first JDK home (with {@code bin/javac}) whose feature version passes {@code feature}. */
    public static Optional<Path> find(IntPredicate feature) {
        for (Path home : candidates()) {
            OptionalInt v = featureVersion(home);
            if (v.isPresent() && feature.test(v.getAsInt()) && Files.isExecutable(home.resolve("bin/javac"))) {
                return Optional.of(home);
            }
        }
        return Optional.empty();
    }

    /** The feature version (17, 25, ...) of the JDK at {@code home}, from its {@code release} file. */
    public static OptionalInt featureVersion(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    private static List<Path> candidates() {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        String extra = System.getProperty(PROPERTY, "");
        for (String h : extra.split(java.io.File.pathSeparator)) {
            if (!h.isBlank()) {
                homes.add(Path.of(h));
            }
        }
        Path jvm = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvm)) {
            try (Stream<Path> list = Files.list(jvm)) {
                list.sorted().forEach(homes::add);
            } catch (IOException e) {
                // no system JDK folder to look in
            }
        }
        return homes;
    }
}
