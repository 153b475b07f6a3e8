package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Write then read every geometry type: the geometry comes back equal (coordinates given with at
 * most 6 decimals survive 6-decimal output exactly; rings are given in RFC winding so none is
 * reversed), and so do id and properties. Fixtures are small hand-written WKT around Khorgos (about
 * 80.4 E, 44.2 N), where lon != lat so an axis swap would show.
 */
class RoundTripTest {

  private final GeoJsonWriter writer = new GeoJsonWriter();
  private final GeoJsonReader reader = new GeoJsonReader();

  static Geometry wkt(String text) {
    try {
      return new WKTReader(ReadOptions.DEFAULT_FACTORY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POINT (80.4 44.2)",
        "POINT Z (80.4 44.2 512.5)",
        "LINESTRING (80.1 44.1, 80.2 44.15, 80.3 44.3)",
        "LINESTRING Z (80.1 44.1 1, 80.2 44.15 2)",
        "POLYGON ((80 44, 81 44, 81 45, 80 45, 80 44))",
        "POLYGON ((80 44, 81 44, 81 45, 80 45, 80 44), (80.2 44.2, 80.2 44.4, 80.4 44.4, 80.2"
            + " 44.2))",
        "MULTIPOINT ((80.4 44.2), (82.723 46.489))",
        "MULTILINESTRING ((80.1 44.1, 80.2 44.15), (81 45, 81.5 45.5, 82 45))",
        "MULTIPOLYGON (((80 44, 81 44, 81 45, 80 45, 80 44), (80.2 44.2, 80.2 44.4, 80.4 44.4,"
            + " 80.2 44.2)), ((85 47, 86 47, 86 48, 85 47)))",
        "GEOMETRYCOLLECTION (POINT (80.4 44.2), LINESTRING (80.1 44.1, 80.2 44.15))",
        "GEOMETRYCOLLECTION (POINT (80.4 44.2), GEOMETRYCOLLECTION (POLYGON ((80 44, 81 44, 81 45,"
            + " 80 44))))",
        "POINT EMPTY",
        "LINESTRING EMPTY",
        "POLYGON EMPTY",
        "MULTIPOINT EMPTY",
        "MULTILINESTRING EMPTY",
        "MULTIPOLYGON EMPTY",
        "GEOMETRYCOLLECTION EMPTY"
      })
  void geometry_survivesWriteAndRead(String text) {
    Geometry g = wkt(text);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("id", "place.khorgos");
    props.put("accuracy_m", 250L);
    props.put("share", 0.5);
    props.put("open", true);
    props.put("note", null);
    props.put("names", List.of("Хоргос", "霍尔果斯"));
    props.put("figure", Map.of("unit", "km"));
    GeoJsonFeature in = new GeoJsonFeature("place.khorgos", g, props);

    String json = writer.writeToString(List.of(in));
    List<GeoJsonFeature> out = reader.readString(json);

    assertThat(out).hasSize(1);
    GeoJsonFeature back = out.get(0);
    assertThat(back.id()).isEqualTo("place.khorgos");
    assertThat(back.geometry().getGeometryType()).isEqualTo(g.getGeometryType());
    assertThat(back.geometry().equalsExact(g)).as("%s from %s", back.geometry(), json).isTrue();
    assertThat(back.geometry().getSRID()).isEqualTo(4326);
    assertThat(back.properties()).containsExactlyEntriesOf(props);
  }
}
