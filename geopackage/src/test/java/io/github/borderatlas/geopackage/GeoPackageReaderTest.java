package io.github.borderatlas.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.testkit.ExternalTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * The reader on GeoPackages made by GDAL's ogr2ogr (an independent writer): ids, typed properties,
 * geometries in lon/lat whatever the SRS, and located errors for files that are not GeoPackages.
 */
class GeoPackageReaderTest {

  /** Two features whose values we chose; the GeoPackages below are made from this by ogr2ogr. */
  private static final String GEOJSON =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [80.41, 44.21]},
         "properties": {"id": "place.khorgos", "name": "Khorgos", "accuracy_m": 500,
                        "length_km": 1.25, "open": true}},
        {"type": "Feature",
         "geometry": {"type": "Point", "coordinates": [82.7654321, 45.1234567]},
         "properties": {"id": "place.alashankou", "name": "Alashankou", "accuracy_m": 250,
                        "length_km": 0.5, "open": false}}
      ]}
      """;

  @TempDir Path dir;
  private Path geojson;

  @BeforeEach
  void writeSource() throws IOException {
    geojson = dir.resolve("places.geojson");
    Files.writeString(geojson, GEOJSON, StandardCharsets.UTF_8);
  }

  @Test
  void readsAnOgr2ogrGeoPackage_idsTypesAndGeometries() {
    Path gpkg = dir.resolve("places.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString());

    List<FeatureTableInfo> tables = GeoPackageReader.featureTables(gpkg);
    assertThat(tables).hasSize(1);
    FeatureTableInfo info = tables.get(0);
    assertThat(info.name()).isEqualTo("places"); // ogr2ogr names the table after the file
    assertThat(info.geometryType()).isEqualTo("POINT");
    assertThat(info.srsDescription()).startsWith("EPSG:4326");
    assertThat(info.featureCount()).isEqualTo(2);

    FeatureTable table = GeoPackageReader.read(gpkg, "places");
    GeoJsonFeature khorgos = table.features().get(0);
    assertThat(khorgos.id()).isEqualTo("place.khorgos"); // the id column, not the key 1
    assertThat(khorgos.idIsNumber()).isFalse();
    assertThat(khorgos.properties())
        .containsEntry("name", "Khorgos")
        .containsEntry("accuracy_m", 500L)
        .containsEntry("length_km", 1.25)
        .containsEntry("open", true);
    assertThat(table.features().get(1).properties()).containsEntry("open", false);
    Point p = (Point) table.features().get(1).geometry();
    assertThat(p.getX()).isEqualTo(82.7654321);
    assertThat(p.getY()).isEqualTo(45.1234567);
  }

  @Test
  void withoutAnIdColumn_theIdIsThePrimaryKey() {
    Path gpkg = dir.resolve("noid.gpkg");
    ExternalTools.gdal(
        "ogr2ogr",
        "-f",
        "GPKG",
        gpkg.toString(),
        geojson.toString(),
        "-select",
        "name",
        "-nln",
        "t");

    List<GeoJsonFeature> features = GeoPackageReader.read(gpkg, "t").features();

    assertThat(features).extracting(GeoJsonFeature::id).containsExactly("1", "2");
    assertThat(features.get(0).idIsNumber()).isTrue();
    assertThat(features.get(0).properties()).containsOnlyKeys("name");
  }

  @Test
  void utmTable_isReprojectedToLonLat() {
    Path gpkg = dir.resolve("utm.gpkg");
    ExternalTools.gdal(
        "ogr2ogr",
        "-f",
        "GPKG",
        "-t_srs",
        "EPSG:32644",
        "-nln",
        "utm",
        gpkg.toString(),
        geojson.toString());

    FeatureTable table = GeoPackageReader.read(gpkg, "utm");

    assertThat(table.srsDescription()).startsWith("EPSG:32644");
    Point p = (Point) table.features().get(1).geometry();
    // the source coordinates of GEOJSON; 1e-6° is about 0.1 m
    assertThat(p.getX()).isCloseTo(82.7654321, within(1e-6));
    assertThat(p.getY()).isCloseTo(45.1234567, within(1e-6));
    assertThat(p.getX()).isNotEqualTo(82.7654321); // it did go through UTM and back
  }

  @Test
  void customProjection_isRefusedNamingFileAndTable() {
    Path gpkg = dir.resolve("custom.gpkg");
    ExternalTools.gdal(
        "ogr2ogr",
        "-f",
        "GPKG",
        "-t_srs",
        "+proj=aea +lat_1=40 +lat_2=50 +lat_0=45 +lon_0=80 +datum=WGS84 +units=m +no_defs",
        "-nln",
        "albers",
        gpkg.toString(),
        geojson.toString());

    assertThatThrownBy(() -> GeoPackageReader.read(gpkg, "albers"))
        .isInstanceOf(GeoPackageException.class)
        .hasMessageStartingWith(gpkg + ": table \"albers\": unknown spatial reference system")
        .hasNoSuppressedExceptions();
  }

  @Test
  void lineStrings_keepEveryVertex() throws IOException {
    Path line = dir.resolve("line.geojson");
    Files.writeString(
        line,
        "{\"type\":\"Feature\",\"properties\":{\"id\":\"b\"},\"geometry\":{\"type\":\"LineString\","
            + "\"coordinates\":[[80.1,44.2],[80.3,44.4],[80.5,44.3]]}}");
    Path gpkg = dir.resolve("line.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", "-nln", "border", gpkg.toString(), line.toString());

    LineString l = (LineString) GeoPackageReader.read(gpkg, "border").features().get(0).geometry();

    assertThat(Arrays.asList(l.getCoordinates()))
        .containsExactly(
            new Coordinate(80.1, 44.2), new Coordinate(80.3, 44.4), new Coordinate(80.5, 44.3));
  }

  @Test
  void streaming_stopsWhenCancelled() {
    Path gpkg = dir.resolve("places.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString());
    List<GeoJsonFeature> seen = new ArrayList<>();

    assertThatThrownBy(
            () -> GeoPackageReader.read(gpkg, "places", seen::add, () -> !seen.isEmpty()))
        .isInstanceOf(CancellationException.class);
    assertThat(seen).hasSize(1);
  }

  @Test
  void unknownTable_namesTheTablesThereAre() {
    Path gpkg = dir.resolve("places.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString());

    assertThatThrownBy(() -> GeoPackageReader.read(gpkg, "rivers"))
        .isInstanceOf(GeoPackageException.class)
        .hasMessage(gpkg + ": table \"rivers\": no such vector table; vector tables: [places]");
  }

  @Test
  void notAGeoPackage_givesALocatedMessage() throws IOException {
    Path missing = dir.resolve("missing.gpkg");
    Path empty = Files.createFile(dir.resolve("empty.gpkg"));
    Path text = Files.writeString(dir.resolve("text.gpkg"), "{\"type\": \"FeatureCollection\"}");

    assertThatThrownBy(() -> GeoPackageReader.featureTables(missing))
        .isInstanceOf(GeoPackageException.class)
        .hasMessage(missing + ": no such file");
    assertThat(Files.exists(missing)).isFalse(); // SQLite did not create it
    assertThatThrownBy(() -> GeoPackageReader.featureTables(empty))
        .isInstanceOf(GeoPackageException.class)
        .hasMessageStartingWith(empty + ": not a GeoPackage");
    assertThatThrownBy(() -> GeoPackageReader.featureTables(text))
        .isInstanceOf(GeoPackageException.class)
        .hasMessageStartingWith(text + ": not a GeoPackage");
    assertThatThrownBy(() -> GeoPackageReader.featureTables(dir))
        .isInstanceOf(GeoPackageException.class)
        .hasMessage(dir + ": is a directory");
  }

  @Test
  void truncatedGeoPackage_givesALocatedMessage() throws IOException {
    Path gpkg = dir.resolve("places.gpkg");
    ExternalTools.gdal("ogr2ogr", "-f", "GPKG", gpkg.toString(), geojson.toString());
    byte[] all = Files.readAllBytes(gpkg);
    Path cut = Files.write(dir.resolve("cut.gpkg"), Arrays.copyOf(all, 4096));

    assertThatThrownBy(
            () -> {
              for (FeatureTableInfo t : GeoPackageReader.featureTables(cut)) {
                GeoPackageReader.read(cut, t.name());
              }
            })
        .isInstanceOf(GeoPackageException.class)
        .hasMessageStartingWith(cut.toString() + ": ");
  }
}
