package dev.zatta.vb.spark.cli;

import dev.zatta.io.FileTrees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code --data}/{@code --out} argument of the command line: a path or URI Spark reads or writes,
 * and its format — CSV (with a header line naming the columns; every column read as text, so the fit
 * parses and checks each value itself) or Parquet — given, or taken from the name's ending. Local
 * paths are checked before Spark starts, and written whole or not at all: Spark writes a folder beside
 * the target, which is renamed into place when the job has succeeded; with {@code overwrite} it
 * replaces an earlier data set there (see {@link #write}). Immutable.
 *
 * @param path as given
 * @param format how to read or write it
 */
record DataFile(String path, Format format) {
    /** Parquet row groups of 16 MiB: a 10⁷-row file splits into ~10 groups, enough to share out. */
    static final int PARQUET_ROW_GROUP_BYTES = 16 << 20;

    /** The empty file Spark's committer leaves in a folder it has written whole. */
    static final String SUCCESS_MARKER = "_SUCCESS";

    /** The formats the command line reads and writes. */
    enum Format {
        CSV, PARQUET
    }

    /**
     * {@code path} in {@code format} ({@code csv} or {@code parquet}), or, when {@code format} is null,
     * in the format its name ends with.
     *
     * @throws IllegalArgumentException naming {@code format} when neither gives csv or parquet
     */
    static DataFile of(String path, String format) {
        Objects.requireNonNull(path, "path");
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> new DataFile(path, Format.CSV);
                case "parquet" -> new DataFile(path, Format.PARQUET);
                default -> throw new IllegalArgumentException("format: expected 'csv' or 'parquet', got '" + format + "'");
            };
        }
        String name = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (name.endsWith(".csv")) {
            return new DataFile(path, Format.CSV);
        }
        if (name.endsWith(".parquet")) {
            return new DataFile(path, Format.PARQUET);
        }
        throw new IllegalArgumentException("format: expected 'csv' or 'parquet', or a name ending in .csv or .parquet, "
                + "got '" + path + "'");
    }

    /** The local path, or null for a URI with a scheme other than {@code file} (hdfs://, s3a://, ...). */
    Path local() {
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        boolean scheme = colon > 1 && (slash < 0 || colon < slash);
        if (!scheme) {
            return Path.of(path);
        }
        URI uri = URI.create(path);
        return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    }

    /** The rows as Spark reads them. */
    Dataset<Row> read(SparkSession spark) throws IOException {
        Path local = local();
        if (local != null && !Files.exists(local)) {
            throw new NoSuchFileException(path);
        }
        return switch (format) {
            case CSV -> spark.read().option("header", "true").csv(path);
            case PARQUET -> spark.read().parquet(path);
        };
    }

    /**
     * Checks a local target before Spark starts: without {@code overwrite} it must not exist yet; with
     * it, it may also be a data set Spark wrote earlier (a folder holding Spark's {@code _SUCCESS}
     * marker), and nothing else, so that a mistyped path never deletes a folder of other files.
     *
     * @throws IllegalArgumentException naming {@code out} if the target may not be written
     */
    void requireWritable(boolean overwrite) {
        Path local = local();
        if (local == null || !Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!overwrite) {
            throw new IllegalArgumentException("out: expected a path that does not exist yet (or --overwrite to "
                    + "replace it), got '" + path + "'");
        }
        if (!Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(local.resolve(SUCCESS_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("out: expected, to overwrite, a folder Spark wrote (holding "
                    + SUCCESS_MARKER + "), got '" + path + "'");
        }
    }

    /**
     * Writes {@code rows} (a folder of part files, as Spark writes). A local target is written whole or
     * not at all: Spark writes a temporary folder beside it, {@code .<name>.<random>.tmp}, which is
     * renamed into place when the job has succeeded. With {@code overwrite} an earlier data set there
     * is first renamed aside ({@code .<name>.<random>.old}), the new one renamed into place, and then the
     * old one deleted; if the second rename fails the old one is renamed back. A crash between the two
     * renames leaves the old data set under its {@code .old} name, never a half-written one under the
     * target's. A URI with another scheme is Spark's to write, with its {@code overwrite} save mode
     * (which deletes the old data first) or its default, which refuses an existing target.
     *
     * @throws IllegalArgumentException if the local target may not be written ({@link #requireWritable})
     */
    void write(Dataset<Row> rows, boolean overwrite) throws IOException {
        Path local = local();
        if (local == null) {
            writer(rows).mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).save(path);
            return;
        }
        requireWritable(overwrite);
        Path target = local.toAbsolutePath();
        Files.createDirectories(target.getParent());
        String random = "." + target.getFileName() + "." + UUID.randomUUID();
        Path temporary = target.resolveSibling(random + ".tmp");
        Path old = target.resolveSibling(random + ".old");
        try {
            writer(rows).save(temporary.toString());
            requireWritable(overwrite); // again: the job took a while
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // if this fails too, the old stays as .old
                throw e;
            }
            FileTrees.deleteRecursively(old);
        } finally {
            FileTrees.deleteRecursively(temporary);
        }
    }

    private DataFrameWriter<Row> writer(Dataset<Row> rows) {
        return switch (format) {
            case CSV -> rows.write().format("csv").option("header", "true");
            case PARQUET -> rows.write().format("parquet").option("parquet.block.size", PARQUET_ROW_GROUP_BYTES);
        };
    }
}
