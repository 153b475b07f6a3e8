package io.github.borderatlas.pipeline.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Geometries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class CountryContextTest {

  private static Geometry wkt(String s) {
    try {
      return new WKTReader(Geometries.FACTORY).read(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Hand-made: a "Kazakhstan" inside the region with a 0.01°-wide islet (below 0.0005 deg²). */
  private final Geometry kaz =
      wkt(
          "MULTIPOLYGON (((50 42, 85 42, 85 54, 50 54, 50 42)),"
              + " ((60 40, 60.01 40, 60.01 40.01, 60 40.01, 60 40)))");

  /** A "Russia" reaching far beyond the region's east edge (100° E). */
  private final Geometry rus = wkt("POLYGON ((50 54, 120 54, 120 70, 50 70, 50 54))");

  @Test
  void countriesComeInFixedOrderWithNamesAndIds() {
    List<Country> cs =
        CountryContext.build(Map.of("RUS", rus, "KAZ", kaz), 0.001, Geometries.FACTORY);
    assertThat(cs).extracting(Country::id).containsExactly("country.KAZ", "country.RUS");
    assertThat(cs.get(0).names().kazakh()).hasValue("Қазақстан");
    assertThat(cs.get(0).provenance().license()).isEqualTo("ODbL-1.0");
  }

  @Test
  void countryInsideTheRegionIsKeptWholeButLosesTinyIslands() {
    Country k = CountryContext.build(Map.of("KAZ", kaz), 0.001, Geometries.FACTORY).get(0);
    assertThat(k.geometry().getNumGeometries()).isEqualTo(1);
    assertThat(k.geometry().getEnvelopeInternal().getMaxX()).isEqualTo(85.0);
    assertThat(k.provenance().source()).doesNotContain("clipped");
  }

  @Test
  void neighbourIsClippedToTheRegion() {
    Country r = CountryContext.build(Map.of("RUS", rus), 0.001, Geometries.FACTORY).get(0);
    assertThat(r.geometry().getEnvelopeInternal().getMaxX()).isEqualTo(100.0);
    assertThat(r.geometry().getEnvelopeInternal().getMaxY()).isEqualTo(57.0);
    assertThat(r.geometry().isValid()).isTrue();
    assertThat(r.provenance().source()).contains("clipped to 44–100° E, 34–57° N");
  }

  @Test
  void countryOutsideTheRegionIsLeftOut() {
    Geometry far = wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");
    assertThat(CountryContext.build(Map.of("MNG", far), 0.001, Geometries.FACTORY)).isEmpty();
  }

  @Test
  void negativeToleranceIsACallerError() {
    assertThatThrownBy(() -> CountryContext.build(Map.of(), -1, Geometries.FACTORY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tolerance");
  }
}
