package io.github.borderatlas.core.io.geojson;

import static io.github.borderatlas.core.io.geojson.RoundTripTest.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.geom.impl.CoordinateArraySequenceFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Reading valid GeoJSON, in the layouts real producers use. Expected geometries and values are the
 * ones written into the fixtures (see {@code testdata/geojson/README.md}) and inline texts.
 */
class GeoJsonReaderTest {

  private final GeoJsonReader reader = new GeoJsonReader();

  static Path fixture(String name) {
    try {
      return Path.of(GeoJsonReaderTest.class.getResource("/testdata/geojson/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsSortedKeys_withCoordinatesBeforeType() {
    List<GeoJsonFeature> features = reader.readAll(fixture("sorted-keys.geojson"));
    assertThat(features)
        .extracting(GeoJsonFeature::id)
        .containsExactly("crossing.khorgos", "7", "lake.sample", null);
    assertThat(features.get(0).geometry().equalsExact(wkt("POINT (80.4167 44.2083)"))).isTrue();
    assertThat(
            features
                .get(1)
                .geometry()
                .equalsExact(wkt("LINESTRING (81.3 43.9, 80.53 43.81, 78.3 43.87)")))
        .isTrue();
    assertThat(
            features
                .get(2)
                .geometry()
                .equalsExact(
                    wkt(
                        "POLYGON ((81.5 45.9, 82 45.9, 82 46.3, 81.5 46.3, 81.5 45.9), (81.7 46,"
                            + " 81.7 46.1, 81.8 46.1, 81.7 46))")))
        .isTrue();
    assertThat(features.get(3).geometry()).isNull();
    assertThat(features.get(3).properties()).isEmpty();
    assertThat(features.get(1).properties())
        .containsExactly(
            Map.entry("layer", "river"),
            Map.entry("name", "Ili"),
            Map.entry("names", List.of("Іле", "伊犁河")),
            Map.entry("transboundary", true));
    assertThat(features.get(2).properties().get("figures"))
        .isEqualTo(List.of(Map.of("quantity", "area", "unit", "km²", "value", 2650.5)));
  }

  @Test
  void readsGdalOutput_likeTheSortedOriginal() {
    List<GeoJsonFeature> gdal = reader.readAll(fixture("gdal-3.6.geojson"));
    List<GeoJsonFeature> original = reader.readAll(fixture("sorted-keys.geojson"));
    assertThat(gdal).hasSameSizeAs(original);
    for (int i = 0; i < gdal.size(); i++) {
      Geometry a = gdal.get(i).geometry();
      Geometry b = original.get(i).geometry();
      assertThat(a == null ? b == null : a.equalsExact(b)).as("feature %d", i).isTrue();
      assertThat(gdal.get(i).id()).isEqualTo(original.get(i).id());
    }
    assertThat(gdal.get(0).properties()).containsEntry("accuracy_m", 250L);
  }

  @Test
  void skipsForeignMembers_atEveryLevel_andNeverTrustsInputBbox() {
    List<GeoJsonFeature> features = reader.readAll(fixture("foreign-members.geojson"));
    assertThat(features).hasSize(2);
    GeoJsonFeature tripoints = features.get(0);
    assertThat(tripoints.id()).isEqualTo("tripoints");
    assertThat(
            tripoints
                .geometry()
                .equalsExact(wkt("MULTIPOINT ((87.286361 49.115499), (80.174866 42.210402))")))
        .isTrue();
    assertThat(tripoints.properties()).containsExactly(Map.entry("name", "tripoints"));
    GeoJsonFeature second = features.get(1);
    assertThat(second.id()).as("a number id keeps its JSON text").isEqualTo("3.50");
    assertThat(second.geometry().toText())
        .isEqualTo("GEOMETRYCOLLECTION (POINT (80.4167 44.2083), GEOMETRYCOLLECTION EMPTY)");
    assertThat(second.properties().get("big")).isEqualTo(1.2345678901234568E29);
    assertThat(second.properties().get("small")).isEqualTo(-1e-300);
    assertThat(second.properties().get("long"))
        .as("beyond 2^53 but a long")
        .isEqualTo(9007199254740993L);
  }

  @Test
  void readsSingleFeature_andBareGeometry() {
    List<GeoJsonFeature> one =
        reader.readString(
            "{\"properties\":{\"a\":1},\"geometry\":{\"coordinates\":[80.4,44.2],\"type\":\"Point\"},\"id\":9,\"type\":\"Feature\"}");
    assertThat(one).hasSize(1);
    assertThat(one.get(0).id()).isEqualTo("9");
    assertThat(one.get(0).properties()).containsExactly(Map.entry("a", 1L));
    assertThat(one.get(0).geometry().equalsExact(wkt("POINT (80.4 44.2)"))).isTrue();

    List<GeoJsonFeature> bare =
        reader.readString(
            "{\"coordinates\":[[80,44],[81,45]],\"type\":\"LineString\",\"bbox\":[80,44,81,45]}");
    assertThat(bare).hasSize(1);
    assertThat(bare.get(0).id()).isNull();
    assertThat(bare.get(0).properties()).isEmpty();
    assertThat(bare.get(0).geometry().equalsExact(wkt("LINESTRING (80 44, 81 45)"))).isTrue();

    List<GeoJsonFeature> gc =
        reader.readString(
            "{\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]}],\"type\":\"GeometryCollection\"}");
    assertThat(gc.get(0).geometry().toText()).isEqualTo("GEOMETRYCOLLECTION (POINT (1 2))");
  }

  @Test
  void readsCollection_withTypeAfterFeatures() {
    List<GeoJsonFeature> features =
        reader.readString(
            "{\"features\":[{\"type\":\"Feature\",\"geometry\":null,\"properties\":null}],\"type\":\"FeatureCollection\"}");
    assertThat(features).hasSize(1);
    assertThat(reader.readString("{\"type\":\"FeatureCollection\",\"features\":[]}")).isEmpty();
  }

  @Test
  void keepsZ_dropsFourthAndLaterNumbers() {
    Geometry g =
        reader
            .readString("{\"type\":\"LineString\",\"coordinates\":[[80,44,512.5,7,8],[81,45]]}")
            .get(0)
            .geometry();
    assertThat(g.getCoordinates()[0].getZ()).isEqualTo(512.5);
    assertThat(g.getCoordinates()[1].getZ()).as("a 2D position among 3D ones").isNaN();
    assertThat(g.getCoordinates()[0].getX()).isEqualTo(80);
  }

  @Test
  void keepsWinding_asRead() {
    // RFC 7946 §3.1.6: parsers should not reject clockwise shells; the reader does not reorient
    Polygon p =
        (Polygon)
            reader
                .readString(
                    "{\"type\":\"Polygon\",\"coordinates\":[[[80,44],[80,45],[81,45],[81,44],[80,44]]]}")
                .get(0)
                .geometry();
    assertThat(Orientation.isCCW(p.getExteriorRing().getCoordinateSequence())).isFalse();
  }

  @Test
  void buildsPackedSequences_byDefault_andUsesAGivenFactory() {
    Geometry packed =
        reader
            .readString("{\"type\":\"LineString\",\"coordinates\":[[80,44],[81,45]]}")
            .get(0)
            .geometry();
    assertThat(((org.locationtech.jts.geom.LineString) packed).getCoordinateSequence())
        .isInstanceOf(PackedCoordinateSequence.Double.class);
    GeometryFactory arrays =
        new GeometryFactory(new PrecisionModel(), 3857, CoordinateArraySequenceFactory.instance());
    Geometry g =
        new GeoJsonReader(ReadOptions.builder().geometryFactory(arrays).build())
            .readString("{\"type\":\"LineString\",\"coordinates\":[[80,44],[81,45]]}")
            .get(0)
            .geometry();
    assertThat(((org.locationtech.jts.geom.LineString) g).getCoordinateSequence())
        .isInstanceOf(CoordinateArraySequence.class);
    assertThat(g.getSRID()).isEqualTo(3857);
  }

  private static final String COUNTRIES =
      "{\"type\":\"FeatureCollection\",\"features\":[\n"
          + "{\"type\":\"Feature\",\"properties\":{\"A3\":\"KAZ\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[71.4,51.2]}},\n"
          + "{\"type\":\"Feature\",\"properties\":{\"A3\":\"FJI\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[178.4,-18.1]}},\n"
          // rejected by its properties before its geometry: the invalid geometry is skipped unbuilt
          + "{\"type\":\"Feature\",\"properties\":{\"A3\":\"XXX\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[999,999]}},\n"
          + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.4,39.9]},\"properties\":{\"A3\":\"CHN\",\"n\":5}},\n"
          + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"A3\":\"CHN\"}}\n"
          + "]}";

  @Test
  void whereFilter_keepsMatchingFeatures_andSkipsRejectedGeometries() {
    ReadOptions options = ReadOptions.builder().where("A3", Set.of("KAZ", "CHN")).build();
    try (FeatureStream s =
        new GeoJsonReader(options)
            .open(
                new java.io.ByteArrayInputStream(
                    COUNTRIES.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "countries")) {
      List<String> kept = s.stream().map(f -> f.string("A3")).collect(Collectors.toList());
      assertThat(kept).containsExactly("KAZ", "CHN", "CHN");
      assertThat(s.count()).isEqualTo(3);
      assertThat(s.filtered()).isEqualTo(2);
    }
    ReadOptions numbers = ReadOptions.builder().where("n", List.of(5)).build();
    assertThat(new GeoJsonReader(numbers).readString(COUNTRIES)).hasSize(1);
  }

  @Test
  void bboxFilter_keepsIntersectingGeometries_alsoAcrossTheAntimeridian() {
    ReadOptions centralAsia =
        ReadOptions.builder()
            .where("A3", Set.of("KAZ", "CHN", "FJI"))
            .bbox(60, 30, 120, 55)
            .build();
    assertThat(new GeoJsonReader(centralAsia).readString(COUNTRIES))
        .extracting(f -> f.string("A3"))
        .containsExactly("KAZ", "CHN");
    ReadOptions pacific =
        ReadOptions.builder()
            .where("A3", Set.of("KAZ", "CHN", "FJI"))
            .bbox(170, -30, -170, 0)
            .build();
    assertThat(new GeoJsonReader(pacific).readString(COUNTRIES))
        .extracting(f -> f.string("A3"))
        .containsExactly("FJI");
  }

  @Test
  void propertyFilter_seesPropertiesWhenTheyComeAfterTheGeometry() {
    ReadOptions options =
        ReadOptions.builder().propertyFilter(p -> Long.valueOf(5).equals(p.get("n"))).build();
    assertThat(new GeoJsonReader(options).readString(COUNTRIES))
        .extracting(f -> f.string("A3"))
        .containsExactly("CHN");
  }

  @Test
  void options_rejectCallerMistakes() {
    assertThatThrownBy(() -> ReadOptions.builder().bbox(-181, 0, 10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[-180, 180]");
    assertThatThrownBy(() -> ReadOptions.builder().bbox(0, 10, 10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("south <= north");
    assertThatThrownBy(() -> ReadOptions.builder().where("A3", Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReadLimits.builder().maxVerticesPerFeature(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxVerticesPerFeature must be at least 1, got 0");
  }

  @Test
  void stream_isLazy_andCloses() {
    try (FeatureStream s = reader.open(fixture("sorted-keys.geojson"))) {
      assertThat(s.hasNext()).isTrue();
      assertThat(s.next().id()).isEqualTo("crossing.khorgos");
      assertThat(s.source()).endsWith("sorted-keys.geojson");
      s.close();
      assertThat(s.hasNext()).isFalse();
    }
    assertThatThrownBy(
            () -> {
              try (FeatureStream s = reader.open(fixture("sorted-keys.geojson"))) {
                while (true) {
                  s.next();
                }
              }
            })
        .isInstanceOf(java.util.NoSuchElementException.class);
  }
}
