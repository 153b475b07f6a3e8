package io.github.borderatlas.core.io.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * Whole-atlas round trips through real files. Expected feature lists come from the fixtures'
 * validity periods (AtlasFixtures, dates from facts.md) and the schema.
 */
class AtlasGeoJsonTest {

  @TempDir Path dir;

  private static String write(Atlas atlas, EnumSet<Layer> layers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtlasGeoJson.write(atlas, out, layers, AtlasGeoJson.DEFAULT_PRECISION);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> ids(String geojson) {
    return new GeoJsonReader().readString(geojson).stream().map(GeoJsonFeature::id).toList();
  }

  /** Writes the fixture atlas as one file per group of layers plus figures.json. */
  private List<Path> writeLayerFiles(Atlas atlas) {
    List<Path> files =
        List.of(
            dir.resolve("countries.geojson"),
            dir.resolve("border.geojson"),
            dir.resolve("water.geojson"),
            dir.resolve("facts.geojson"));
    AtlasGeoJson.write(atlas, files.get(0), EnumSet.of(Layer.COUNTRY), 6);
    AtlasGeoJson.write(atlas, files.get(1), EnumSet.of(Layer.BORDER, Layer.BORDER_SEGMENT), 6);
    AtlasGeoJson.write(atlas, files.get(2), EnumSet.of(Layer.RIVER, Layer.LAKE), 6);
    AtlasGeoJson.write(
        atlas, files.get(3), EnumSet.of(Layer.PLACE, Layer.DISPUTED_SECTOR, Layer.EVENT), 6);
    AtlasGeoJson.writeFigures(atlas, dir.resolve("figures.json"));
    return files;
  }

  @Test
  void layerFilesAndFigures_readBackToTheSameAtlas() {
    Atlas original = AtlasFixtures.atlas();
    List<Path> files = writeLayerFiles(original);

    Atlas read = AtlasGeoJson.readFiles(files, dir.resolve("figures.json"));

    assertThat(read.features()).containsExactlyElementsOf(original.features());
    assertThat(read.figures()).isEqualTo(original.figures());
    assertThat(read.border().orElseThrow().segments()).hasSize(3);
  }

  @Test
  void classpathResources_readThroughAClassLoader() throws IOException {
    writeLayerFiles(AtlasFixtures.atlas());
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      Atlas read =
          AtlasGeoJson.read(
              loader,
              "countries.geojson",
              "border.geojson",
              "water.geojson",
              "facts.geojson",
              "figures.json");
      assertThat(read.features()).containsExactlyElementsOf(AtlasFixtures.atlas().features());
      assertThat(read.figures().first("border.length.total").orElseThrow().value())
          .isEqualTo(1782.75);
    }
  }

  @Test
  void missingResource_isNamed_andUnknownExtension_isACallerError() {
    assertThatThrownBy(() -> AtlasGeoJson.read(AtlasGeoJsonTest.class, "nope.geojson"))
        .isInstanceOf(GeoJsonException.class)
        .hasMessage("nope.geojson: cannot read: classpath resource not found: nope.geojson");
    assertThatThrownBy(() -> AtlasGeoJson.read(AtlasGeoJsonTest.class, "rivers.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end in .geojson (layer) or .json (figures): rivers.txt");
  }

  @Test
  void sameAtlas_writesTheSameBytes_withFeaturesInAtlasOrder() {
    String first = write(AtlasFixtures.atlas(), EnumSet.allOf(Layer.class));
    assertThat(write(AtlasFixtures.atlas(), EnumSet.allOf(Layer.class))).isEqualTo(first);
    assertThat(ids(first))
        .containsExactlyElementsOf(
            AtlasFixtures.atlas().features().stream().map(f -> f.id()).toList());
    assertThat(first)
        .contains(
            "{\"id\":\"river.ili\",\"layer\":\"river\",\"name\":\"Ili\","
                + "\"source\":\"GSHHG 2.3.7 (Wessel & Smith)\",\"license\":\"LGPL-3.0-or-later\","
                + "\"name_kk\":\"Іле\",\"name_zh\":\"伊犁河\",\"name_ru\":\"Или\","
                + "\"outflow\":\"lake.balkhash\",\"transboundary\":true,\"figures\":[");
  }

  @Test
  void exportAsOf1969_dropsFeaturesOutOfValidity_andLaterEvents() {
    // 1 June 1969: before Kapchagay (1970), the Khorgos port reopening (1983-11-16), segment 03
    // (1999-03-24) and the Chogan-Obo dispute (1992-01-03); events after that date are dropped.
    String text =
        write(AtlasFixtures.atlas().asOf(LocalDate.of(1969, 6, 1)), EnumSet.allOf(Layer.class));

    assertThat(ids(text))
        .containsExactly(
            "country.KAZ",
            "country.CHN",
            "border",
            "border.segment.01",
            "border.segment.02",
            "lake.balkhash",
            "river.ili",
            "river.emel",
            "sector.tielieketi",
            "crossing.dostyk",
            "treaty.1860-peking",
            "treaty.1915");
  }

  @Test
  void precision_roundsCoordinates() {
    String text = write(AtlasFixtures.atlas(), EnumSet.of(Layer.PLACE));
    // Dostyk 82.484444, 45.253333 at 2 decimals (hand-rounded): 82.48, 45.25
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtlasGeoJson.write(AtlasFixtures.atlas(), out, EnumSet.of(Layer.PLACE), 2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"coordinates\":[82.48,45.25]");
    assertThat(text).contains("\"coordinates\":[82.484444,45.253333]");
    assertThatThrownBy(
            () ->
                AtlasGeoJson.write(
                    AtlasFixtures.atlas(),
                    new ByteArrayOutputStream(),
                    EnumSet.of(Layer.PLACE),
                    16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badFeatureInAFile_namesFileFeatureAndProperty() throws IOException {
    Path rivers = dir.resolve("rivers.geojson");
    AtlasGeoJson.write(AtlasFixtures.atlas(), rivers, EnumSet.of(Layer.RIVER), 6);
    Files.writeString(
        rivers,
        Files.readString(rivers).replace("\"transboundary\":false", "\"transboundary\":\"no\""));

    AtlasFormatException e =
        catchThrowableOfType(
            AtlasFormatException.class, () -> AtlasGeoJson.readFiles(List.of(rivers), null));
    assertThat(e.getMessage())
        .isEqualTo(
            rivers
                + " at $.features[1].properties.transboundary:"
                + " feature \"river.emel\" (river): property \"transboundary\": expected a boolean, got"
                + " the string \"no\"");
  }

  @Test
  void malformedFile_isALocatedGeoJsonException() {
    AtlasSource broken =
        AtlasSource.of(
            "broken.geojson",
            () ->
                new ByteArrayInputStream(
                    "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\","
                        .getBytes(StandardCharsets.UTF_8)));
    GeoJsonException e =
        catchThrowableOfType(
            GeoJsonException.class, () -> AtlasGeoJson.read(List.of(broken), null));
    assertThat(e.source()).isEqualTo("broken.geojson");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void failedFileWrite_keepsTheOldFile_andLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("places.geojson");
    Files.writeString(out, "old content");
    // latitude 91 is outside WGS84: the GeoJSON writer rejects it after the first place
    Atlas bad =
        AtlasFixtures.atlas().toBuilder()
            .place(
                new io.github.borderatlas.core.model.Place(
                    "place.bad",
                    PlaceKind.LANDMARK,
                    Names.english("Bad"),
                    null,
                    null,
                    Geometries.FACTORY.createPoint(new Coordinate(80, 91)),
                    new PositionAccuracy(0, "test"),
                    null,
                    null,
                    Provenance.fact("test"),
                    null))
            .build();

    assertThatThrownBy(() -> AtlasGeoJson.write(bad, out, EnumSet.of(Layer.PLACE), 6))
        .isInstanceOf(GeoJsonException.class)
        .hasMessageContaining("91");
    assertThat(Files.readString(out)).isEqualTo("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }
}
