package dev.zatta.vb.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --data/--out: the format from the option or the name; local paths checked before Spark starts. */
class DataFileTest {
    @Test
    void theFormatComesFromTheOptionOrTheName() {
        assertThat(DataFile.of("rows.parquet", null).format()).isEqualTo(DataFile.Format.PARQUET);
        assertThat(DataFile.of("s3a://bucket/rows.PARQUET/", null).format()).isEqualTo(DataFile.Format.PARQUET);
        assertThat(DataFile.of("data.csv", null).format()).isEqualTo(DataFile.Format.CSV);
        assertThat(DataFile.of("part-files", "csv").format()).isEqualTo(DataFile.Format.CSV);
        assertThat(DataFile.of("rows.csv", "Parquet").format()).isEqualTo(DataFile.Format.PARQUET);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> DataFile.of("rows.parquet", "orc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format: expected 'csv' or 'parquet', got 'orc'");
        assertThatThrownBy(() -> DataFile.of("rows.txt", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format: expected 'csv' or 'parquet', or a name ending in .csv or .parquet, got 'rows.txt'");
    }

    @Test
    void localPathsAndUris(@TempDir Path dir) throws IOException {
        assertThat(DataFile.of("rows.parquet", null).local()).isEqualTo(Path.of("rows.parquet"));
        assertThat(DataFile.of("file:///tmp/rows.parquet", null).local()).isEqualTo(Path.of("/tmp/rows.parquet"));
        assertThat(DataFile.of("hdfs://namenode:8020/data/rows.parquet", null).local()).isNull();
        Path taken = Files.createDirectory(dir.resolve("taken.parquet"));
        assertThatThrownBy(() -> DataFile.of(taken.toString(), null).requireWritable(false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out: expected a path that does not exist yet (or --overwrite to replace it), got '"
                        + taken + "'");
        DataFile.of(dir.resolve("free.parquet").toString(), null).requireWritable(false);
        DataFile.of(dir.resolve("free.parquet").toString(), null).requireWritable(true);
    }

    @Test
    void overwriteReplacesOnlyAFolderSparkWrote(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("other.parquet"));
        Files.writeString(folder.resolve("notes.txt"), "not Spark's");
        Path file = Files.writeString(dir.resolve("file.csv"), "x,t\n");
        for (Path p : new Path[] {folder, file}) {
            assertThatThrownBy(() -> DataFile.of(p.toString(), null).requireWritable(true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("out: expected, to overwrite, a folder Spark wrote (holding _SUCCESS), got '" + p + "'");
        }
        Files.createFile(folder.resolve("_SUCCESS"));
        DataFile.of(folder.toString(), null).requireWritable(true);
    }
}
