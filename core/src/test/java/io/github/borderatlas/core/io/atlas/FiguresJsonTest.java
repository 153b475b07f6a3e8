package io.github.borderatlas.core.io.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Unit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Figures come from facts.md (§3 border lengths, S1/S3/S4 and S7); layouts are hand-written. */
class FiguresJsonTest {

  private static String write(Figures figures) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FiguresJson.write(figures, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Figures read(String json) {
    return FiguresJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "figures.json");
  }

  @Test
  void write_isIndentedUtf8_inSchemaOrder_withShortestRoundTripNumbers() {
    Figures figures =
        Figures.of(
            List.of(
                Figure.of(
                    "border.length.total", 1782.75, Unit.KILOMETRE, "S1 S3 S4", Confidence.FIRM),
                new Figure(
                    "dispute.area.total",
                    2420,
                    Unit.SQUARE_KILOMETRE,
                    "seed",
                    Confidence.WEAK,
                    Optional.of("not confirmed elsewhere"))));

    assertThat(write(figures))
        .isEqualTo(
            "{\n"
                + "  \"figures\": [\n"
                + "    {\n"
                + "      \"quantity\": \"border.length.total\",\n"
                + "      \"value\": 1782.75,\n"
                + "      \"unit\": \"km\",\n"
                + "      \"source\": \"S1 S3 S4\",\n"
                + "      \"confidence\": \"firm\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"quantity\": \"dispute.area.total\",\n"
                + "      \"value\": 2420.0,\n"
                + "      \"unit\": \"km²\",\n"
                + "      \"source\": \"seed\",\n"
                + "      \"confidence\": \"weak\",\n"
                + "      \"note\": \"not confirmed elsewhere\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void writeThenRead_givesTheSameFigures_forEveryUnitAndConfidence() {
    List<Figure> all = new java.util.ArrayList<>(AtlasFixtures.atlasFigures());
    Unit[] units = Unit.values();
    Confidence[] confidences = Confidence.values();
    for (int i = 0; i < units.length; i++) {
      all.add(
          new Figure(
              "q." + i,
              0.1 * i - 3,
              units[i],
              "s",
              confidences[i % 4],
              i % 2 == 0 ? Optional.empty() : Optional.of("note " + i)));
    }
    Figures figures = Figures.of(all);
    assertThat(read(write(figures))).isEqualTo(figures);
    assertThat(read(write(Figures.empty()))).isEqualTo(Figures.empty());
  }

  @Test
  void read_ignoresOtherTopLevelMembers() {
    Figures f =
        read(
            "{\"generated\": {\"by\": [1, 2]}, \"figures\": [{\"quantity\": \"q\","
                + " \"value\": 7, \"unit\": \"count\", \"source\": \"s\", \"confidence\": \"measured\"}]}");
    assertThat(f.all()).containsExactly(Figure.of("q", 7, Unit.COUNT, "s", Confidence.MEASURED));
  }

  /** (json, line, column, path, words of the problem); column = 1 + index of the value. */
  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "{\"figures\": [\n {\"quantity\": \"q\", \"value\": 1,\n  \"unit\": \"miles\","
                + " \"source\": \"s\", \"confidence\": \"firm\"}]}",
            3,
            11,
            "$.figures[0].unit",
            "figure #0 (\"q\"): member \"unit\": expected one of km,"),
        Arguments.of(
            "{\"figures\": [{\"quantity\": \"q\", \"unit\": \"km\", \"source\": \"s\","
                + " \"confidence\": \"firm\"}]}",
            1,
            14,
            "$.figures[0].value",
            "member \"value\": missing, expected a number"),
        Arguments.of(
            "{\"figures\": [{\"quantity\": \"q\", \"value\": \"1\", \"unit\": \"km\","
                + " \"source\": \"s\", \"confidence\": \"firm\"}]}",
            1,
            41,
            "$.figures[0].value",
            "expected a number, got the string \"1\""),
        Arguments.of(
            "{\"figures\": [{\"quantity\": \"q\", \"value\": 1, \"unit\": \"km\","
                + " \"source\": \"s\", \"confidence\": \"sure\"}]}",
            1,
            87,
            "$.figures[0].confidence",
            "expected one of firm, single, weak, measured, got \"sure\""),
        Arguments.of(
            "{\"figures\": [{\"quantity\": \"q\", \"value\": 1, \"unit\": \"km\","
                + " \"source\": \"s\", \"confidence\": \"firm\", \"url\": \"x\"}]}",
            1,
            102,
            "$.figures[0].url",
            "unknown member of a figure"),
        Arguments.of(
            "{\"figures\": [7]}",
            1,
            14,
            "$.figures[0]",
            "expected a figure object, got the number 7"),
        Arguments.of("{\"figures\": {}}", 1, 13, "$.figures", "expected an array"),
        Arguments.of("[]", 1, 1, "$", "expected an object"),
        Arguments.of("{\"figures\": []} []", 1, 17, "$", "unexpected content after the end"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badFile_givesLineColumnAndPath(
      String json, int line, int column, String path, String problem) {
    AtlasFormatException e = catchThrowableOfType(AtlasFormatException.class, () -> read(json));
    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo("figures.json");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.getMessage())
        .startsWith("figures.json:" + line + ":" + column + " at " + path + ": ")
        .contains(problem);
  }

  @Test
  void missingFiguresMember_isNamed() {
    assertThatThrownBy(() -> read("{\"figure\": []}"))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessage("figures.json at $: missing member \"figures\" (an array of figure objects)");
  }

  @Test
  void malformedJson_andDuplicateMembers_areLocatedGeoJsonExceptions() {
    GeoJsonException truncated =
        catchThrowableOfType(
            GeoJsonException.class, () -> read("{\"figures\": [{\"quantity\": \"q\",\n"));
    assertThat(truncated.getMessage()).startsWith("figures.json:").contains("malformed JSON");
    assertThat(truncated.jsonPath()).isEqualTo("$.figures[0]");

    GeoJsonException duplicate =
        catchThrowableOfType(
            GeoJsonException.class,
            () -> read("{\"figures\": [{\"quantity\": \"q\", \"quantity\": \"r\"}]}"));
    assertThat(duplicate.getMessage()).contains("Duplicate field 'quantity'");
    assertThat(duplicate.line()).isEqualTo(1);
  }

  @Test
  void writeToPath_replacesAtomically_andLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("figures.json");
    Files.writeString(file, "old");
    Figures figures = Figures.of(AtlasFixtures.atlasFigures());

    FiguresJson.write(figures, file);

    assertThat(FiguresJson.read(file)).isEqualTo(figures);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void readMissingFile_namesTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> FiguresJson.read(missing))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageStartingWith(missing + ": cannot read");
  }
}
