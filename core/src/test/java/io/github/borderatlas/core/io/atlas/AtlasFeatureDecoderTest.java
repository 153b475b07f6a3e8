package io.github.borderatlas.core.io.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;

/**
 * Round trips compare with the fixture values themselves; error cases assert the path, feature and
 * property that the schema (docs/geojson-schema.md) makes wrong.
 */
class AtlasFeatureDecoderTest {

  private static final AtlasFeatureDecoder STRICT = AtlasFeatureDecoder.strict();

  static Stream<AtlasFeature> everyFixtureFeature() {
    return AtlasFixtures.atlas().features().stream();
  }

  @ParameterizedTest
  @MethodSource("everyFixtureFeature")
  void encodeThenDecode_givesTheOriginal(AtlasFeature original) {
    AtlasFeature decoded = STRICT.decode(AtlasFeatureEncoder.encode(original));

    if (original instanceof Border b) {
      // a border feature carries no segments; the assembler attaches them
      assertThat(decoded)
          .isEqualTo(
              new Border(b.id(), b.name(), b.line(), List.of(), b.provenance(), b.validity()));
    } else {
      assertThat(decoded).isEqualTo(original);
    }
  }

  @Test
  void roundTrip_keepsDatePrecision_namesInFourLanguages_andFigureNotes() {
    TimelineEntry peking =
        (TimelineEntry) STRICT.decode(AtlasFeatureEncoder.encode(AtlasFixtures.peking1860()));
    assertThat(peking.date().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(peking.date().toString()).isEqualTo("1860-11");

    Place port = (Place) STRICT.decode(AtlasFeatureEncoder.encode(AtlasFixtures.khorgosPort()));
    assertThat(port.opened().orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);

    AtlasFeature ili = STRICT.decode(AtlasFeatureEncoder.encode(AtlasFixtures.ili()));
    assertThat(((io.github.borderatlas.core.model.River) ili).names())
        .isEqualTo(AtlasFixtures.ili().names());
    assertThat(((io.github.borderatlas.core.model.River) ili).figures().of("river.discharge.mean"))
        .singleElement()
        .satisfies(f -> assertThat(f.note()).hasValue("about 480 m³/s"));
  }

  /**
   * Issue 13: a year-only start ("1970") used to be written as 1970-01-01, losing its precision. It
   * now round-trips as written, and old day-form files still read as day-precise.
   */
  @Test
  void validityEnds_keepTheirPrecision_andOldDayFormsStillRead() {
    Lake kapchagay = AtlasFixtures.kapchagay();
    GeoJsonFeature written = AtlasFeatureEncoder.encode(kapchagay);
    assertThat(written.properties()).containsEntry("valid_from", "1970");
    Lake read = (Lake) STRICT.decode(written);
    assertThat(read.validity().partialFrom()).contains(PartialDate.parse("1970"));
    assertThat(read.validity().fromPrecision()).isEqualTo(DatePrecision.YEAR);

    Lake monthEnded = (Lake) STRICT.decode(with(kapchagay, p -> p.put("valid_to", "1980-05")));
    assertThat(monthEnded.validity().partialTo().orElseThrow()).hasToString("1980-05");
    assertThat(AtlasFeatureEncoder.encode(monthEnded).properties())
        .containsEntry("valid_to", "1980-05");

    Lake dayForm = (Lake) STRICT.decode(with(kapchagay, p -> p.put("valid_from", "1970-01-01")));
    assertThat(dayForm.validity().fromPrecision()).isEqualTo(DatePrecision.DAY);
    assertThat(AtlasFeatureEncoder.encode(dayForm).properties())
        .containsEntry("valid_from", "1970-01-01");
  }

  /** Issue 10: {@code "valid_from": "unknown"} reads as an unknown start and is written back. */
  @Test
  void unknownStart_roundTrips() {
    Lake kapchagay = AtlasFixtures.kapchagay();
    Lake undated =
        (Lake)
            STRICT.decode(
                with(
                    kapchagay,
                    p -> {
                      p.put("valid_from", "unknown");
                      p.put("valid_to", "1980-05");
                    }));
    assertThat(undated.validity()).isEqualTo(Validity.startUnknown(PartialDate.parse("1980-05")));
    assertThat(AtlasFeatureEncoder.encode(undated).properties())
        .containsEntry("valid_from", "unknown")
        .containsEntry("valid_to", "1980-05");
  }

  /** The stated side of a place or event survives a round trip (issue 13). */
  @Test
  void side_roundTrips() {
    GeoJsonFeature written = AtlasFeatureEncoder.encode(AtlasFixtures.khorgosPort());
    assertThat(written.properties()).containsEntry("side", "CHN");
    assertThat(((Place) STRICT.decode(written)).side()).contains("CHN");
  }

  @Test
  void nullValues_countAsAbsent_andWholeNumbersReadAsLongAreAccepted() {
    Map<String, Object> p =
        new LinkedHashMap<>(AtlasFeatureEncoder.encode(AtlasFixtures.dostyk()).properties());
    p.put("note", null);
    p.put("name_kk", null);
    p.put("accuracy_m", 2000L);
    Place decoded =
        (Place)
            STRICT.decode(
                new GeoJsonFeature("crossing.dostyk", AtlasFixtures.dostyk().geometry(), p));
    assertThat(decoded.note()).isEmpty();
    assertThat(decoded.names().kazakh()).isEmpty();
    assertThat(decoded.accuracy().radiusMetres()).isEqualTo(2000.0);
  }

  @Test
  void unknownProperty_isRejectedWhenStrict_andIgnoredWhenLenient() {
    GeoJsonFeature f = with(AtlasFixtures.ili(), p -> p.put("valid_form", "1990-01-01"));

    assertThatThrownBy(() -> STRICT.decode(f, "rivers.geojson", 4))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("rivers.geojson at $.features[4].properties.valid_form")
        .hasMessageContaining("feature \"river.ili\" (river)")
        .hasMessageContaining("not a property of layer river");
    assertThat(AtlasFeatureDecoder.lenient().decode(f)).isEqualTo(AtlasFixtures.ili());
  }

  /** (fixture edit, property named in the error, JSON path, words of the message). */
  static Stream<Arguments> badFeatures() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(
        Arguments.of(
            "missing name",
            with(AtlasFixtures.balkhash(), p -> p.remove("name")),
            "name",
            "$.features[7].properties.name",
            "missing, expected a string"));
    cases.add(
        Arguments.of(
            "blank name",
            with(AtlasFixtures.balkhash(), p -> p.put("name", " ")),
            "name",
            "$.features[7].properties.name",
            "must not be blank"));
    cases.add(
        Arguments.of(
            "transboundary as text",
            with(AtlasFixtures.ili(), p -> p.put("transboundary", "yes")),
            "transboundary",
            "$.features[7].properties.transboundary",
            "expected a boolean, got the string \"yes\""));
    cases.add(
        Arguments.of(
            "transboundary missing",
            with(AtlasFixtures.ili(), p -> p.remove("transboundary")),
            "transboundary",
            "$.features[7].properties.transboundary",
            "missing, expected a boolean"));
    cases.add(
        Arguments.of(
            "unknown place kind",
            with(AtlasFixtures.dostyk(), p -> p.put("kind", "border_crossing")),
            "kind",
            "$.features[7].properties.kind",
            "expected one of tripoint, border-crossing, city, cross-border-centre, embassy,"
                + " waterworks, canal, landmark, got the string \"border_crossing\""));
    cases.add(
        Arguments.of(
            "chainage as text",
            with(AtlasFixtures.segment2(), p -> p.put("start_chainage_m", "1000000")),
            "start_chainage_m",
            "$.features[7].properties.start_chainage_m",
            "expected a number, got the string \"1000000\""));
    cases.add(
        Arguments.of(
            "chainage backwards",
            with(AtlasFixtures.segment2(), p -> p.put("end_chainage_m", 10.0)),
            "end_chainage_m",
            "$.features[7].properties.end_chainage_m",
            "must be >= start_chainage_m"));
    cases.add(
        Arguments.of(
            "lake with a line",
            withGeometry(AtlasFixtures.balkhash(), AtlasFixtures.wkt("LINESTRING (1 2, 3 4)")),
            "geometry",
            "$.features[7].geometry",
            "expected a Polygon or MultiPolygon, got LineString"));
    cases.add(
        Arguments.of(
            "place without geometry",
            withGeometry(AtlasFixtures.dostyk(), null),
            "geometry",
            "$.features[7].geometry",
            "missing (null), expected a Point"));
    cases.add(
        Arguments.of(
            "empty point",
            withGeometry(AtlasFixtures.dostyk(), AtlasFixtures.wkt("POINT EMPTY")),
            "geometry",
            "$.features[7].geometry",
            "expected a non-empty Point, got EMPTY"));
    cases.add(
        Arguments.of(
            "valid_from not a date",
            with(AtlasFixtures.kapchagay(), p -> p.put("valid_from", "1970-13")),
            "valid_from",
            "$.features[7].properties.valid_from",
            "expected a date yyyy, yyyy-MM or yyyy-MM-dd, got \"1970-13\""));
    cases.add(
        Arguments.of(
            "validity reversed",
            with(AtlasFixtures.emel(), p -> p.put("valid_to", "1800-01-01")),
            "valid_to",
            "$.features[7].properties.valid_to",
            "must be after valid_from 1900-01-01"));
    cases.add(
        Arguments.of(
            "bad partial date",
            with(AtlasFixtures.peking1860(), p -> p.put("date", "Nov 1860")),
            "date",
            "$.features[7].properties.date",
            "expected a date yyyy, yyyy-MM or yyyy-MM-dd, got \"Nov 1860\""));
    cases.add(
        Arguments.of(
            "precision disagrees with date",
            with(AtlasFixtures.peking1860(), p -> p.put("date_precision", "day")),
            "date_precision",
            "$.features[7].properties.date_precision",
            "is day but date 1860-11 is month-precise"));
    cases.add(
        Arguments.of(
            "party not a string",
            with(AtlasFixtures.agreement1994(), p -> p.put("parties", List.of("China", 7L))),
            "parties",
            "$.features[7].properties.parties[1]",
            "expected a string, got the number 7"));
    cases.add(
        Arguments.of(
            "figure with unknown unit",
            with(
                AtlasFixtures.ili(),
                p ->
                    p.put(
                        "figures",
                        List.of(
                            Map.of(
                                "quantity",
                                "q",
                                "value",
                                1.0,
                                "unit",
                                "miles",
                                "source",
                                "s",
                                "confidence",
                                "firm")))),
            "figures",
            "$.features[7].properties.figures[0].unit",
            "got \"miles\""));
    cases.add(
        Arguments.of(
            "figure not an object",
            with(AtlasFixtures.balkhash(), p -> p.put("figures", List.of("16400 km²"))),
            "figures",
            "$.features[7].properties.figures[0]",
            "expected a figure object, got the string \"16400 km²\""));
    cases.add(
        Arguments.of(
            "sector located without accuracy",
            with(AtlasFixtures.tielieketi(), p -> p.remove("accuracy_m")),
            "accuracy_m",
            "$.features[7].properties.accuracy_m",
            "missing, expected a number"));
    cases.add(
        Arguments.of(
            "unknown layer",
            with(AtlasFixtures.ili(), p -> p.put("layer", "rivers")),
            "layer",
            "$.features[7].properties.layer",
            "unknown layer \"rivers\"; expected one of border, border-segment, river, lake, place,"
                + " disputed-sector, event, country"));
    cases.add(
        Arguments.of(
            "GeoJSON id differs",
            new GeoJsonFeature(
                "river.ile",
                AtlasFixtures.ili().geometry(),
                AtlasFeatureEncoder.encode(AtlasFixtures.ili()).properties()),
            "id",
            "$.features[7].properties.id",
            "differs from the feature's GeoJSON id \"river.ile\""));
    cases.add(
        Arguments.of(
            "negative accuracy",
            with(AtlasFixtures.dostyk(), p -> p.put("accuracy_m", -1.0)),
            "accuracy_m",
            "$.features[7].properties.accuracy_m",
            "must be >= 0"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFeatures")
  void badFeature_givesLocatedErrorNamingFeatureAndProperty(
      String scenario, GeoJsonFeature bad, String property, String path, String problem) {
    AtlasFormatException e =
        catchThrowableOfType(
            AtlasFormatException.class, () -> STRICT.decode(bad, "test.geojson", 7));

    assertThat(e).as(scenario).isNotNull();
    assertThat(e.property()).isEqualTo(property);
    assertThat(e.jsonPath()).isEqualTo(path);
    assertThat(e.featureId()).isEqualTo(bad.string("id"));
    assertThat(e.featureIndex()).isEqualTo(7);
    assertThat(e.source()).isEqualTo("test.geojson");
    assertThat(e.getMessage())
        .startsWith("test.geojson at " + path + ": feature \"" + bad.string("id") + "\"")
        .contains(problem);
  }

  @Test
  void missingIdProperty_takesTheGeoJsonId() {
    // GDAL's GeoJSON driver moves properties.id into the feature's id member (ogr2ogr 3.6)
    GeoJsonFeature gdal = with(AtlasFixtures.ili(), p -> p.remove("id"));
    assertThat(gdal.id()).isEqualTo("river.ili");

    assertThat(STRICT.decode(gdal)).isEqualTo(AtlasFixtures.ili());
  }

  @Test
  void missingId_namesTheFeatureByIndex() {
    GeoJsonFeature ili = with(AtlasFixtures.ili(), p -> p.remove("id"));
    GeoJsonFeature noId = new GeoJsonFeature(null, ili.geometry(), ili.properties());
    assertThatThrownBy(() -> STRICT.decode(noId, "rivers.geojson", 3))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessage(
            "rivers.geojson at $.features[3].properties.id: feature #3: property \"id\":"
                + " missing, expected a string");
  }

  @Test
  void featureOutsideACollection_hasPathsFromTheRoot() {
    GeoJsonFeature bad = with(AtlasFixtures.ili(), p -> p.put("outflow", 5L));
    assertThatThrownBy(() -> STRICT.decode(bad))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessage(
            "<input> at $.properties.outflow: feature \"river.ili\" (river): property"
                + " \"outflow\": expected a string, got the number 5");
  }

  @Test
  void featureWithoutProperties_isAnErrorNotANullPointer() {
    assertThatThrownBy(() -> STRICT.decode(new GeoJsonFeature(null, null, null)))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("property \"id\": missing");
  }

  static GeoJsonFeature with(AtlasFeature f, Consumer<Map<String, Object>> edit) {
    GeoJsonFeature gj = AtlasFeatureEncoder.encode(f);
    Map<String, Object> p = new LinkedHashMap<>(gj.properties());
    edit.accept(p);
    return new GeoJsonFeature(gj.id(), gj.geometry(), p);
  }

  static GeoJsonFeature withGeometry(AtlasFeature f, Geometry g) {
    GeoJsonFeature gj = AtlasFeatureEncoder.encode(f);
    return new GeoJsonFeature(gj.id(), g, gj.properties());
  }
}
