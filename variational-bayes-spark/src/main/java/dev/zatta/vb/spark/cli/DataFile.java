package dev.zatta.vb.spark.cli;

import dev.zatta.io.FileTrees;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code --data}/{@code --out} argument of the command line: a path or URI Spark reads or writes,
 * and its format — CSV (with a header line naming the columns; every column read as text, so the fit
 * parses and checks each value itself) or Parquet — given, or taken from the name's ending. Local
 * paths are checked before Spark starts, and written whole or not at all: Spark writes a folder beside
 * the target, which is renamed into place when the job has succeeded. Immutable.
 *
 * @param path as given
 * @param format how to read or write it
 */
record DataFile(String path, Format format) {
    /** Parquet row groups of 16 MiB: a 10⁷-row file splits into ~10 groups, enough to share out. */
    static final int PARQUET_ROW_GROUP_BYTES = 16 << 20;

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
     * Checks that a local target does not exist yet (Spark would refuse it after starting).
     *
     * @throws IllegalArgumentException if it does
     */
    void requireAbsent() {
        Path local = local();
        if (local != null && Files.exists(local)) {
            throw new IllegalArgumentException("out: expected a path that does not exist yet, got '" + path + "'");
        }
    }

    /**
     * Writes {@code rows} (a folder of part files, as Spark writes).
     *
     * @throws IllegalArgumentException if the local target already exists
     */
    void write(Dataset<Row> rows) throws IOException {
        Path local = local();
        if (local == null) {
            writer(rows).save(path);
            return;
        }
        requireAbsent();
        Path target = local.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            writer(rows).save(temporary.toString());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
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
