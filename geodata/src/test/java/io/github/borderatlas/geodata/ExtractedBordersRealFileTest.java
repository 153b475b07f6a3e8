package io.github.borderatlas.geodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.borderatlas.core.border.BorderExtractor;
import io.github.borderatlas.core.border.BorderPart;
import io.github.borderatlas.core.border.CountryPolygons;
import io.github.borderatlas.core.border.SharedBorder;
import io.github.borderatlas.core.border.Tripoint;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Border extraction on the real 168 MB OpenStreetMap country file, for three pairs. What the tests
 * trust is the geometry: each length is recomputed here with GeographicLib's inverse solution on
 * the extracted shared edges, vertex by vertex, and China–Kazakhstan is compared with the bundled
 * border, which the pipeline cut from the same file (Kazakhstan's outline between the treaty
 * tripoints). Published lengths are not used. Skipped without the file (fails on CI).
 */
class ExtractedBordersRealFileTest {

  private static BorderExtractor extractor;

  @BeforeAll
  static void read() {
    CountryPolygons.Read r =
        CountryPolygons.select(
            OsmCountryFile.require(),
            "A3",
            List.of("KAZ", "CHN", "KGZ", "MNG", "RUS", "UZB"),
            2 * BorderExtractor.DEFAULT_TOLERANCE_METRES);
    extractor = new BorderExtractor(r.index());
  }

  /** GeographicLib inverse over consecutive vertices, metres. */
  private static double inverseLength(LineString line) {
    double sum = 0;
    for (int i = 1; i < line.getNumPoints(); i++) {
      Coordinate a = line.getCoordinateN(i - 1);
      Coordinate b = line.getCoordinateN(i);
      sum += Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
    }
    return sum;
  }

  private static void lengthsAreTheGeodesicLengthsOfTheEdges(SharedBorder s) {
    double total = 0;
    for (BorderPart p : s.parts()) {
      double expected = inverseLength(p.line());
      assertEquals(expected, p.lengthMetres(), 1e-6 * expected);
      total += expected;
    }
    assertEquals(total, s.lengthMetres(), 1e-6 * total);
  }

  private static List<String> thirds(SharedBorder s) {
    return s.tripoints().stream().map(Tripoint::thirdKey).sorted().toList();
  }

  @Test
  void kazakhstanChinaReproducesTheBundledBorder() {
    SharedBorder s = extractor.between("KAZ", "CHN");
    lengthsAreTheGeodesicLengthsOfTheEdges(s);
    assertEquals(1, s.parts().size());
    LineString bundled = ChinaKazakhstan.atlas().border().orElseThrow().line();
    double bundledMetres = GeodesicMeasure.lengthMetres(bundled);
    assertEquals(bundledMetres, s.lengthMetres(), 0.001 * bundledMetres);
    // same orientation (Kazakhstan on the right: from the Russian to the Kyrgyz tripoint), ends
    // within 500 m of the bundled line's ends (cut at the treaty tripoints)
    LineString line = s.parts().get(0).line();
    GeodesicMeasure m = GeodesicMeasure.WGS84;
    assertTrue(m.distanceMetres(line.getCoordinateN(0), bundled.getCoordinateN(0)) < 500);
    assertTrue(
        m.distanceMetres(
                line.getCoordinateN(line.getNumPoints() - 1),
                bundled.getCoordinateN(bundled.getNumPoints() - 1))
            < 500);
    assertEquals(List.of("KGZ", "RUS"), thirds(s));
  }

  @Test
  void kazakhstanKyrgyzstanRunsFromUzbekistanToChina() {
    SharedBorder s = extractor.between("KAZ", "KGZ");
    lengthsAreTheGeodesicLengthsOfTheEdges(s);
    assertEquals(List.of("CHN", "UZB"), thirds(s));
    assertTrue(s.parts().get(0).lengthMetres() > 0.99 * s.lengthMetres());
    // seen from Kyrgyzstan's outline the same boundary measures within 1 %
    assertEquals(s.lengthMetres(), s.secondSideLengthMetres(), 0.01 * s.lengthMetres());
  }

  @Test
  void chinaMongoliaEndsAtRussiaTwice() {
    SharedBorder s = extractor.between("CHN", "MNG");
    lengthsAreTheGeodesicLengthsOfTheEdges(s);
    assertEquals(List.of("RUS", "RUS"), thirds(s));
    assertEquals(s.lengthMetres(), s.secondSideLengthMetres(), 0.01 * s.lengthMetres());
  }
}
