package io.github.borderatlas.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad arguments and bad files: exit code 2, one line naming the problem, no stack trace. */
class CliErrorsTest {

  @TempDir static Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "frobnicate | cannot open frobnicate: no such file, nor a command",
        "stats --bogus | Unknown option",
        "export | Missing required option: '--out",
        "export --out OUT --layers rivers | unknown layer \"rivers\"",
        "export --out OUT --date 1994-13-01 | --date must be a date",
        "export --out /nonexistent-dir/x.geojson | cannot write /nonexistent-dir/x.geojson: no such file or directory",
        "render --out OUT --width 5 | --width and --height must lie in 16..10000",
        "render --out OUT --scale 0 | --scale must lie in (0, 4]",
        "render --out OUT --scale 0.01 | makes the image 12 x 8 pixels; it must be at least 16",
        "render --out OUT --width 6000 --height 6000 --scale 2 | at most 100 megapixels",
        "render --out OUT --bbox 82,43,79,45 | west < east",
        "render --out OUT --bbox 1,2,3 | W,S,E,N",
        "render --out OUT --width many | Invalid value",
        "validate | Missing required parameter",
        "validate /nonexistent/file.geojson | no such file",
      })
  void badArguments_exitTwo_withOneLine(String args, String expected) {
    String[] argv = args.replace("OUT", dir.resolve("out.file").toString()).split(" ");
    CliRunner r = CliRunner.run(argv);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(expected);
    assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    assertThat(r.noStackTrace()).as(r.err()).isTrue();
  }
}
