package io.github.borderatlas.core.analysis;

import static io.github.borderatlas.core.analysis.TestAtlas.borderLine;
import static io.github.borderatlas.core.analysis.TestAtlas.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Sides of the test border (north-east to south-west). Expected sides from a sketch of the line:
 * east/south-east of it is China, west/north-west is Kazakhstan.
 */
class SideLocatorTest {

  private final SideLocator byLine = new SideLocator(borderLine(), List.of(), List.of());

  @ParameterizedTest
  @CsvSource({
    "84.0, 45.0, CHINA", // Dzungaria, well east of the line
    "86.9, 47.7, CHINA", // near Burqin
    "78.0, 46.0, KAZAKHSTAN", // Balkhash side
    "84.0, 48.5, KAZAKHSTAN", // Zaysan side
    "80.2, 44.2, KAZAKHSTAN", // west of the left-turning vertex at 80.4 44.2 (reflex side)
    "80.45, 44.2, CHINA", // just east of that vertex (convex side)
    "80.4, 44.2, UNKNOWN" // on the vertex itself
  })
  void sideOfLine_matchesSketch(double lon, double lat, Side expected) {
    assertThat(byLine.sideOfLine(lon, lat)).isEqualTo(expected);
    assertThat(byLine.sideOf(lon, lat)).isEqualTo(expected);
  }

  /** A line digitised south to north is read as reversed: the sides stay where they are. */
  @Test
  void reversedLine_keepsTheSides() {
    SideLocator reversed = new SideLocator(borderLine().reverse(), List.of(), List.of());
    assertThat(reversed.sideOfLine(84.0, 45.0)).isEqualTo(Side.CHINA);
    assertThat(reversed.sideOfLine(78.0, 46.0)).isEqualTo(Side.KAZAKHSTAN);
    assertThat(reversed.sideOfLine(80.2, 44.2)).isEqualTo(Side.KAZAKHSTAN);
  }

  /** Country outlines decide when a point is in exactly one; else the line does. */
  @Test
  void countries_takePrecedenceOverTheLine() {
    Geometry chinaPatch = wkt("POLYGON ((77 45, 79 45, 79 47, 77 47, 77 45))"); // west of line
    Geometry kazakhstan = wkt("POLYGON ((70 40, 78 40, 78 50, 70 50, 70 40))");
    SideLocator locator = new SideLocator(borderLine(), List.of(chinaPatch), List.of(kazakhstan));
    assertThat(locator.hasCountries()).isTrue();
    assertThat(locator.sideOf(78.5, 46)).isEqualTo(Side.CHINA); // in the patch only
    // the Point and Coordinate overloads read x as longitude
    assertThat(locator.sideOf(new Coordinate(78.5, 46))).isEqualTo(Side.CHINA);
    assertThat(locator.sideOf(Geometries.FACTORY.createPoint(new Coordinate(78.5, 46))))
        .isEqualTo(Side.CHINA);
    assertThat(locator.sideOf(75, 46)).isEqualTo(Side.KAZAKHSTAN); // in Kazakhstan only
    assertThat(locator.sideOf(77.5, 46)).isEqualTo(Side.KAZAKHSTAN); // in both: the line
    assertThat(locator.sideOf(84, 45)).isEqualTo(Side.CHINA); // in neither: the line
    SideLocator patchOnly = new SideLocator(borderLine(), List.of(chinaPatch), List.of());
    assertThat(patchOnly.hasCountries()).isFalse();
    assertThat(patchOnly.sideOf(78.5, 46)).isEqualTo(Side.CHINA);
  }

  @Test
  void of_atlas_usesChnAndKazOutlines() {
    Atlas.Builder b = TestAtlas.builder();
    List<Country> countries = TestAtlas.countries();
    countries.forEach(b::country);
    SideLocator locator = SideLocator.of(b.build());
    assertThat(locator.hasCountries()).isTrue();
    assertThat(locator.sideOf(84.0, 45.0)).isEqualTo(Side.CHINA);
    assertThat(locator.sideOf(78.0, 46.0)).isEqualTo(Side.KAZAKHSTAN);
  }

  @Test
  void badArguments_areRejected() {
    assertThatThrownBy(() -> SideLocator.of(Atlas.builder().build()))
        .hasMessageContaining("no border");
    assertThatThrownBy(
            () -> new SideLocator((LineString) wkt("LINESTRING EMPTY"), List.of(), List.of()))
        .hasMessageContaining("at least two vertices");
  }
}
