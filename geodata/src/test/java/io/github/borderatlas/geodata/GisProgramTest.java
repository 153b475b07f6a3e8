package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.GeoJsonFeatureValidator;
import io.github.borderatlas.core.analysis.RiverCourse;
import io.github.borderatlas.core.analysis.RiverCrossingAnalysis;
import io.github.borderatlas.core.analysis.ValidationReport;
import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.geodesy.MetricBuffer;
import io.github.borderatlas.core.geodesy.RegionProjection;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasDiff;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.River;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The small GIS program of issue 8, written as a new user would against the public API only:
 * lengths, crossings, a metric buffer, places near the border, two dates compared, a foreign file
 * validated; and the attempts to corrupt the shared atlas that used to succeed.
 */
class GisProgramTest {

  /** README's {@code stats}: the bundled border measures 1,796.68 km (geodesic, WGS84). */
  private static final double BORDER_KM = 1796.68;

  private final Atlas atlas = ChinaKazakhstan.atlas();

  private double borderKm() {
    return GeodesicMeasure.lengthMetres(atlas.border().orElseThrow().line()) / 1000;
  }

  @Test
  void lengthsOfLinesAndPerimetersOfPolygons() {
    assertThat(borderKm()).isCloseTo(BORDER_KM, within(0.005));
    Lake balkhash = atlas.find(BundledIds.LAKE_BALKHASH, Lake.class).orElseThrow();
    // Balkhash is about 600 km long; its shore is well over twice that.
    assertThat(GeodesicMeasure.perimeterMetres(balkhash.geometry()) / 1000).isGreaterThan(1_200);
    assertThat(GeodesicMeasure.areaSquareMetres(balkhash.geometry()) / 1e6)
        .isBetween(15_000.0, 19_000.0);
  }

  @Test
  void theIliCrossesOnceAndItsCourseReachesBalkhash() {
    CrossingPoint crossing =
        RiverCrossingAnalysis.of(atlas)
            .river(BundledIds.RIVER_ILI)
            .orElseThrow()
            .firstCrossing()
            .orElseThrow();
    // As README's example: the Ili leaves China about 80.53 E 43.81 N.
    assertThat(crossing.coordinate().x).isCloseTo(80.53, within(0.01));
    assertThat(crossing.coordinate().y).isCloseTo(43.81, within(0.01));

    RiverCourse course = RiverCourse.of(atlas, BundledIds.RIVER_ILI);
    assertThat(course.ids())
        .containsExactly(
            BundledIds.RIVER_ILI,
            BundledIds.LAKE_KAPCHAGAY,
            BundledIds.RIVER_ILI_LOWER,
            BundledIds.LAKE_BALKHASH);
    double iliOnlyMetres =
        GeodesicMeasure.lengthMetres(atlas.find(BundledIds.RIVER_ILI).orElseThrow().geometry());
    assertThat(course.riverLengthMetres()).isGreaterThan(iliOnlyMetres);
  }

  @Test
  void namesInAnyLanguageFindTheSameRiver() {
    for (String name : List.of("Ili", "іле", "伊犁河", "Или")) {
      assertThat(atlas.findByName(name))
          .extracting(AtlasFeature::id)
          .contains(BundledIds.RIVER_ILI);
    }
    assertThat(atlas.findByName("Khorgos", River.class))
        .get()
        .extracting(River::id)
        .isEqualTo(BundledIds.RIVER_KHORGOS);
    assertThat(atlas.findByName("no such river")).isEmpty();
  }

  /**
   * The places within 20 km of the border by a metric buffer agree with their geodesic distances (a
   * place within 0.5 % of the edge is left out: the buffer is accurate to about 0.3 %).
   */
  @Test
  void placesNearTheBorderByBufferAndByDistanceAgree() {
    LineString border = atlas.border().orElseThrow().line();
    Geometry band = MetricBuffer.bufferMetres(border, 20_000);
    assertThat(band.getSRID()).isEqualTo(4326);
    GeodesicLineIndex index = new GeodesicLineIndex(border);
    int near = 0;
    for (Place p : atlas.places()) {
      double metres = index.distanceMetres(p.location().getX(), p.location().getY());
      if (Math.abs(metres - 20_000) < 100) {
        continue;
      }
      assertThat(band.contains(p.location()))
          .as(p.id() + " at " + metres + " m")
          .isEqualTo(metres < 20_000);
      near += metres < 20_000 ? 1 : 0;
    }
    assertThat(near).isGreaterThan(5); // the crossings, tripoints and border towns
    List<AtlasFeature> aroundKhorgos =
        atlas.featuresIntersecting(new Envelope(80.3, 80.5, 44.1, 44.3));
    assertThat(aroundKhorgos).extracting(AtlasFeature::id).contains(BundledIds.CROSSING_KHORGOS);
  }

  /** From 1990 to 2000: the 1994 agreement is added, the sectors settled in 1997–98 go. */
  @Test
  void twoDatesCompared() {
    AtlasDiff diff =
        Atlas.diff(atlas.asOf(LocalDate.of(1990, 1, 1)), atlas.asOf(LocalDate.of(2000, 1, 1)));

    assertThat(diff.added()).extracting(AtlasFeature::id).contains("treaty.1994-border-agreement");
    assertThat(diff.removed())
        .extracting(AtlasFeature::id)
        .contains(BundledIds.SECTOR_CHOGAN_OBO, BundledIds.SECTOR_KHAN_TENGRI)
        .doesNotContain(BundledIds.SECTOR_ZHALANASHKOL);
    assertThat(Atlas.diff(atlas, atlas).isEmpty()).isTrue();
  }

  @Test
  void aForeignFileIsValidated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("foreign.geojson");
    Files.writeString(
        file,
        "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}]}");

    ValidationReport report = GeoJsonFeatureValidator.validate(new GeoJsonReader().readAll(file));

    assertThat(report.findings()).isNotEmpty(); // a self-intersecting ring
  }

  @Test
  void projectionsSayWhichCrsTheirResultIsIn() {
    Place khorgos = atlas.find(BundledIds.CROSSING_KHORGOS, Place.class).orElseThrow();
    assertThat(khorgos.location().getSRID()).isEqualTo(4326);

    Geometry utm = RegionProjection.utm(44, true).project(khorgos.location());

    assertThat(utm.getSRID()).isEqualTo(32644);
    assertThat(RegionProjection.DEFAULT.project(khorgos.location()).getUserData())
        .isEqualTo(RegionProjection.DEFAULT.crs());
  }

  /** The attempts that corrupted the shared atlas before issue 8 (1,796.68 → 1,869.68 km). */
  @Test
  void theSharedAtlasCannotBeCorrupted() {
    LineString border = atlas.border().orElseThrow().line();
    CoordinateSequence seq = border.getCoordinateSequence();

    assertThatThrownBy(() -> seq.setOrdinate(0, CoordinateSequence.X, 0))
        .isInstanceOf(UnsupportedOperationException.class);
    border.getCoordinateN(0).x += 1;
    border.getCoordinates()[1].y += 1;
    Geometry mine = border.copy(); // a copy is the caller's to change
    mine.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x += 1);
    mine.geometryChanged();

    assertThat(ChinaKazakhstan.atlas()).isSameAs(atlas);
    assertThat(borderKm()).isCloseTo(BORDER_KM, within(0.005));
    assertThat(border.getFactory().getSRID()).isEqualTo(4326);
  }

  @Test
  void everyBundledIdNamesAFeatureOfTheAtlas() throws Exception {
    int count = 0;
    for (java.lang.reflect.Field f : BundledIds.class.getFields()) {
      String id = (String) f.get(null);
      assertThat(atlas.find(id)).as(f.getName()).isPresent();
      count++;
    }
    // every feature outside the timeline and border segments: 55, plus Ebinur, Sayram, Ulungur
    assertThat(count).isEqualTo(58);
  }
}
