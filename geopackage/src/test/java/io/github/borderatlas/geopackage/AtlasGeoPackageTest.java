package io.github.borderatlas.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.atlas.AtlasFormatException;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasDiff;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.testkit.ExternalTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the bundled atlas as a GeoPackage and reading it back. */
class AtlasGeoPackageTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  @TempDir Path dir;

  @Test
  void roundTrip_givesTheSameAtlas() throws IOException {
    Path gpkg = dir.resolve("atlas.gpkg");

    int written = AtlasGeoPackage.write(ATLAS, EnumSet.allOf(Layer.class), gpkg);
    Atlas back = AtlasGeoPackage.read(gpkg);

    assertThat(written).isEqualTo(ATLAS.features().size());
    AtlasDiff diff = AtlasDiff.between(ATLAS, back);
    assertThat(diff.isEmpty()).as("%s", diff).isTrue();
    assertThat(back.features()).hasSameSizeAs(ATLAS.features());
    assertThat(back.figures()).isEqualTo(ATLAS.figures());
  }

  @Test
  void tables_oneFeatureTablePerLayerAndTheAttributeTables() throws IOException {
    Path gpkg = dir.resolve("atlas.gpkg");
    AtlasGeoPackage.write(ATLAS, EnumSet.allOf(Layer.class), gpkg);

    Map<String, FeatureTableInfo> tables =
        GeoPackageReader.featureTables(gpkg).stream()
            .collect(Collectors.toMap(FeatureTableInfo::name, t -> t));

    assertThat(tables.keySet())
        .containsExactlyInAnyOrder(
            "border",
            "border_segment",
            "river",
            "lake",
            "place",
            "disputed_sector",
            "event",
            "country");
    assertThat(tables.get("border").geometryType()).isEqualTo("LINESTRING");
    assertThat(tables.get("place").geometryType()).isEqualTo("POINT");
    assertThat(tables.get("lake").geometryType()).isEqualTo("POLYGON");
    // the bundled countries are Polygons and MultiPolygons
    assertThat(tables.get("country").geometryType()).isEqualTo("GEOMETRY");
    assertThat(tables.get("river").srsDescription()).startsWith("EPSG:4326");
    assertThat(tables.get("river").featureCount()).isEqualTo(ATLAS.rivers().size());
    long placed = ATLAS.timeline().stream().filter(e -> e.place() != null).count();
    assertThat(tables.get("event").featureCount())
        .isEqualTo(placed)
        .isLessThan(ATLAS.timeline().size());
    assertThat(GeoPackageReader.attributeTables(gpkg))
        .containsExactlyInAnyOrder("timeline", "figures", "sources");
  }

  @Test
  void timeline_keepsDatePrecisionAsText() throws IOException {
    Path gpkg = dir.resolve("atlas.gpkg");
    AtlasGeoPackage.write(ATLAS, EnumSet.of(Layer.EVENT), gpkg);

    List<Map<String, Object>> rows = GeoPackageReader.readAttributes(gpkg, "timeline");

    assertThat(rows).hasSize(ATLAS.timeline().size());
    for (int i = 0; i < rows.size(); i++) {
      TimelineEntry e = ATLAS.timeline().get(i);
      assertThat(rows.get(i))
          .containsEntry("id", e.id())
          .containsEntry("date", e.date().toString()) // "1860-11" stays month-precise
          .containsEntry("date_precision", e.date().precision().name().toLowerCase());
    }
    assertThat(rows).anyMatch(r -> r.get("date").toString().length() == 7);
  }

  @Test
  void figuresAndSources_areAttributeTables() throws IOException {
    Path gpkg = dir.resolve("atlas.gpkg");
    AtlasGeoPackage.write(ATLAS, EnumSet.allOf(Layer.class), gpkg);

    List<Map<String, Object>> figures = GeoPackageReader.readAttributes(gpkg, "figures");
    List<Map<String, Object>> sources = GeoPackageReader.readAttributes(gpkg, "sources");

    long perFeature =
        ATLAS.rivers().stream().mapToLong(r -> r.figures().all().size()).sum()
            + ATLAS.lakes().stream().mapToLong(l -> l.figures().all().size()).sum()
            + ATLAS.disputedSectors().stream().mapToLong(d -> d.figures().all().size()).sum();
    assertThat(figures).hasSize(ATLAS.figures().all().size() + (int) perFeature);
    assertThat(figures.get(0).get("value")).isInstanceOf(Double.class);
    assertThat(sources.stream().mapToLong(r -> (Long) r.get("features")).sum())
        .isEqualTo(ATLAS.features().size());
  }

  @Test
  void chosenLayers_only() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int n = AtlasGeoPackage.write(ATLAS, Set.of(Layer.RIVER), out);
    Path gpkg = Files.write(dir.resolve("rivers.gpkg"), out.toByteArray());
    Atlas back = AtlasGeoPackage.read(gpkg);

    assertThat(n).isEqualTo(ATLAS.rivers().size());
    assertThat(back.features()).extracting(AtlasFeature::layer).containsOnly(Layer.RIVER);
    assertThat(back.rivers()).isEqualTo(ATLAS.rivers());
  }

  @Test
  void write_replacesAnExistingFile() throws IOException {
    Path gpkg = Files.writeString(dir.resolve("atlas.gpkg"), "old content");

    AtlasGeoPackage.write(ATLAS, Set.of(Layer.BORDER), gpkg);

    Border back = AtlasGeoPackage.read(gpkg).border().orElseThrow();
    assertThat(back.line().equalsExact(ATLAS.border().orElseThrow().line())).isTrue();
    assertThat(back.segments()).isEmpty(); // the border-segment layer was not chosen
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(gpkg); // no temporary file left
    }
  }

  @Test
  void read_notAnAtlas_namesFileTableAndRow() {
    Path gpkg = dir.resolve("places.gpkg");
    Path geojson = dir.resolve("places.geojson");
    try {
      Files.writeString(
          geojson,
          "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},"
              + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[80,44]}}");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString());

    assertThatThrownBy(() -> AtlasGeoPackage.read(gpkg))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining(gpkg + " table places")
        .hasMessageContaining("property \"layer\": missing");
  }

  @Test
  void read_emptyGeoPackage_isNotAnAtlas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtlasGeoPackage.write(ATLAS, Set.of(), out);
    Path gpkg = Files.write(dir.resolve("empty.gpkg"), out.toByteArray());

    assertThatThrownBy(() -> AtlasGeoPackage.read(gpkg))
        .isInstanceOf(GeoPackageException.class)
        .hasMessage(gpkg + ": no feature table: not an atlas");
  }
}
