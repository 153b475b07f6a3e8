package io.github.borderatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildMainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return RebuildMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void missingOptionIsAUsageError() {
    assertThat(run("--dumps", "x")).isEqualTo(2);
    assertThat(err()).contains("missing --osm");
  }

  @Test
  void danglingOptionIsAUsageError() {
    assertThat(run("--dumps")).isEqualTo(2);
    assertThat(err()).startsWith("usage:");
  }

  @Test
  void badDumpIsReportedWithFileAndLineAndNoStackTrace() throws IOException {
    Files.writeString(dir.resolve("wdbii_rivers.txt"), "> Level 1\n80 44\n80 north\n");
    int status =
        run(
            "--dumps",
            dir.toString(),
            "--osm",
            dir.resolve("none.json").toString(),
            "--out",
            dir.resolve("out").toString());
    assertThat(status).isEqualTo(1);
    assertThat(err())
        .isEqualTo(
            "rebuild failed: wdbii_rivers.txt:3: expected 'lon lat' numbers, got '80 north'"
                + System.lineSeparator());
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void missingDumpIsReportedWithItsPath() {
    int status = run("--dumps", dir.toString(), "--osm", "map.geo.json", "--out", "o");
    assertThat(status).isEqualTo(1);
    assertThat(err())
        .startsWith("rebuild failed: " + dir.resolve("wdbii_rivers.txt"))
        .doesNotContain("\tat ");
  }
}
