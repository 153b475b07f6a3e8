package io.github.borderatlas.core.analysis;

import static io.github.borderatlas.core.analysis.TestAtlas.river;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Validity;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** River crossings of the test atlas (see {@link TestAtlas}). */
class RiverCrossingAnalysisTest {

  /**
   * The Ili fixture crosses the border segment (80.4 44.2)–(80.6 43.0) inside its segment (80.9
   * 43.85)–(80.2 43.8). Hand computation of the planar intersection: v = 2.65 / 4.25, so lon = 80.9
   * − 0.7 v = 80.463529, lat = 43.85 − 0.05 v = 43.818824. Lengths: GeographicLib Inverse from the
   * vertices; the geodesic and the lon/lat straight segment differ by tens of metres across, so
   * chainages agree to about a metre.
   */
  @Test
  void ili_crossesOnce_fromChinaToKazakhstan_withLengths() {
    RiverCrossingAnalysis rc = RiverCrossingAnalysis.of(TestAtlas.clean());
    RiverAtBorder ili = rc.river("river.ili").orElseThrow();
    assertThat(ili.crossingCount()).isEqualTo(1);
    CrossingPoint c = ili.crossings().get(0);
    double v = 2.65 / 4.25;
    assertThat(c.lon()).isCloseTo(80.9 - 0.7 * v, within(1e-6));
    assertThat(c.lat()).isCloseTo(43.85 - 0.05 * v, within(1e-6));

    Geodesic g = Geodesic.WGS84;
    double upstream =
        g.Inverse(43.9, 81.3, 43.85, 80.9).s12 + g.Inverse(43.85, 80.9, c.lat(), c.lon()).s12;
    assertThat(c.upstreamLengthMetres()).isCloseTo(upstream, within(1.0));
    double length = GeodesicMeasure.lengthMetres(TestAtlas.wkt(TestAtlas.ILI));
    assertThat(ili.riverLengthMetres()).isCloseTo(length, within(1e-6));
    assertThat(c.upstreamLengthMetres() + c.downstreamLengthMetres())
        .isCloseTo(length, within(1e-6));

    GeodesicLineIndex border = new GeodesicLineIndex(TestAtlas.borderLine());
    double borderChainage =
        border.chainageMetresOfVertex(6) + g.Inverse(44.2, 80.4, c.lat(), c.lon()).s12;
    assertThat(c.borderChainageMetres()).isCloseTo(borderChainage, within(1.0));

    assertThat(c.fromSide()).isEqualTo(Side.CHINA);
    assertThat(c.toSide()).isEqualTo(Side.KAZAKHSTAN);
    assertThat(ili.direction()).isEqualTo(FlowDirection.CHINA_TO_KAZAKHSTAN);
    assertThat(ili.flowsFromChinaToKazakhstan()).isTrue();
  }

  @Test
  void everyTransboundaryRiver_crossesOnceFromChina() {
    RiverCrossingAnalysis rc = RiverCrossingAnalysis.of(TestAtlas.clean());
    for (String id : new String[] {"river.ili", "river.irtysh", "river.emel"}) {
      RiverAtBorder r = rc.river(id).orElseThrow();
      assertThat(r.crossingCount()).as(id).isEqualTo(1);
      assertThat(r.direction()).as(id).isEqualTo(FlowDirection.CHINA_TO_KAZAKHSTAN);
    }
    RiverAtBorder lower = rc.river("river.ili-lower").orElseThrow();
    assertThat(lower.direction()).isEqualTo(FlowDirection.NO_CROSSING);
    assertThat(lower.firstCrossing()).isEmpty();
    assertThat(rc.rivers()).hasSize(4);
    // Crossings sit in border order: Irtysh (north) before Emel before Ili (south).
    assertThat(rc.river("river.irtysh").orElseThrow().crossings().get(0).borderChainageMetres())
        .isLessThan(rc.river("river.emel").orElseThrow().crossings().get(0).borderChainageMetres());
    assertThat(rc.river("river.emel").orElseThrow().crossings().get(0).borderChainageMetres())
        .isLessThan(rc.river("river.ili").orElseThrow().crossings().get(0).borderChainageMetres());
  }

  @Test
  void riverDigitisedUpstream_flowsTheWrongWay() {
    Atlas atlas =
        TestAtlas.builder()
            .river(
                river(
                    "river.emel-reversed", "LINESTRING (82.0 46.42, 82.72 46.49, 83.6 46.5)", true))
            .build();
    RiverAtBorder r = RiverCrossingAnalysis.of(atlas).river("river.emel-reversed").orElseThrow();
    assertThat(r.direction()).isEqualTo(FlowDirection.KAZAKHSTAN_TO_CHINA);
  }

  /** A river that leaves China and comes back: two crossings, both ends in China. */
  @Test
  void riverCrossingTwice_isUndetermined_andOrderedDownstream() {
    Atlas atlas =
        TestAtlas.builder()
            .river(
                river(
                    "river.loop", "LINESTRING (81.2 44.7, 80.0 44.7, 80.0 44.0, 81.0 44.0)", true))
            .build();
    RiverAtBorder r = RiverCrossingAnalysis.of(atlas).river("river.loop").orElseThrow();
    assertThat(r.crossingCount()).isEqualTo(2);
    assertThat(r.crossings().get(0).upstreamLengthMetres())
        .isLessThan(r.crossings().get(1).upstreamLengthMetres());
    // Hand computation: the first crossing is at lat 44.7 on (80.8 45.2)-(80.4 44.2): lon 80.6.
    assertThat(r.crossings().get(0).lon()).isCloseTo(80.6, within(1e-9));
    assertThat(r.crossings().get(0).fromSide()).isEqualTo(Side.CHINA);
    assertThat(r.crossings().get(0).toSide()).isEqualTo(Side.KAZAKHSTAN);
    assertThat(r.crossings().get(1).fromSide()).isEqualTo(Side.KAZAKHSTAN);
    assertThat(r.crossings().get(1).toSide()).isEqualTo(Side.CHINA);
    assertThat(r.direction()).isEqualTo(FlowDirection.UNDETERMINED);
  }

  /** With outlines present they decide: swapped ISO codes make the Ili flow the other way. */
  @Test
  void countryOutlines_decideTheSides() {
    Atlas.Builder b = TestAtlas.builder();
    TestAtlas.countries().forEach(b::country);
    assertThat(RiverCrossingAnalysis.of(b.build()).river("river.ili").orElseThrow().direction())
        .isEqualTo(FlowDirection.CHINA_TO_KAZAKHSTAN);

    Atlas.Builder swapped = TestAtlas.builder();
    for (Country c : TestAtlas.countries()) {
      String iso = c.isoA3().equals("CHN") ? "KAZ" : "CHN";
      swapped.country(
          new Country(
              c.id(), Names.english(iso), iso, c.geometry(), c.provenance(), Validity.ALWAYS));
    }
    assertThat(
            RiverCrossingAnalysis.of(swapped.build()).river("river.ili").orElseThrow().direction())
        .isEqualTo(FlowDirection.KAZAKHSTAN_TO_CHINA);
  }

  /**
   * A boundary river drawn on the border's own vertices 4–6 (82.5 46.0)–(80.8 45.2)–(80.4 44.2),
   * digitised with the border (north to south) or against it: the lines share every point, which
   * JTS reports as overlaps and touches, but the river only follows the border. Its whole length
   * (GeographicLib, vertex to vertex) is the stretch, whose border chainages are those of vertices
   * 4 and 6; both ends lie on the line, so neither side is known.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void riverOnTheBorderLine_followsIt_withoutCrossing(boolean againstTheBorder) {
    String wkt =
        againstTheBorder
            ? "LINESTRING (80.4 44.2, 80.8 45.2, 82.5 46.0)"
            : "LINESTRING (82.5 46.0, 80.8 45.2, 80.4 44.2)";
    RiverAtBorder r = analyse(river("river.boundary", wkt, false));
    assertThat(r.crossings()).isEmpty();
    assertThat(r.direction()).isEqualTo(FlowDirection.NO_CROSSING);
    assertThat(r.alongBorder()).hasSize(1);
    BorderStretch st = r.alongBorder().get(0);
    double length = GeodesicMeasure.lengthMetres(TestAtlas.wkt(wkt));
    assertThat(st.riverFromMetres()).isZero();
    assertThat(st.riverToMetres()).isCloseTo(length, within(1e-6));
    assertThat(r.lengthAlongBorderMetres()).isCloseTo(length, within(1e-6));
    GeodesicLineIndex border = new GeodesicLineIndex(TestAtlas.borderLine());
    assertThat(st.borderStartMetres()).isCloseTo(border.chainageMetresOfVertex(4), within(1e-3));
    assertThat(st.borderEndMetres()).isCloseTo(border.chainageMetresOfVertex(6), within(1e-3));
    assertThat(st.borderFromMetres() > st.borderToMetres()).isEqualTo(againstTheBorder);
    assertThat(st.fromSide()).isEqualTo(Side.UNKNOWN);
    assertThat(st.toSide()).isEqualTo(Side.UNKNOWN);
    assertThat(st.crossesOver()).isFalse();
  }

  /**
   * A river from China (east) reaches the border segment (80.4 44.2)–(80.6 43.0) at (80.45 43.9),
   * wanders along it to (80.5 43.6) within ±0.0004° of longitude (about 32 m at 43.7° N; hand:
   * 0.0004 × 111.3 km × cos 43.7°), crossing it four times, and leaves into Kazakhstan (west). The
   * wiggles are not crossings; the stretch, about 33 km along the segment (GeographicLib from the
   * two junctions), takes the river across once, China to Kazakhstan, at its upstream end.
   */
  @Test
  void riverWanderingAlongTheBorder_crossesOnceThroughTheStretch() {
    String wkt =
        "LINESTRING (80.9 43.95, 80.45 43.9, 80.4604 43.84, 80.4696 43.78, 80.4804 43.72,"
            + " 80.4896 43.66, 80.5 43.6, 80.0 43.55)";
    RiverAtBorder r = analyse(river("river.wandering", wkt, true));
    assertThat(r.alongBorder()).hasSize(1);
    BorderStretch st = r.alongBorder().get(0);
    double junctions = Geodesic.WGS84.Inverse(43.9, 80.45, 43.6, 80.5).s12;
    assertThat(st.riverLengthMetres()).isCloseTo(junctions, within(200.0));
    assertThat(st.fromSide()).isEqualTo(Side.CHINA);
    assertThat(st.toSide()).isEqualTo(Side.KAZAKHSTAN);
    assertThat(r.crossingCount()).isEqualTo(1);
    CrossingPoint c = r.crossings().get(0);
    // The stretch starts within one 50 m step of the first junction: 0.001° is about 80–110 m.
    assertThat(c.lon()).isCloseTo(80.45, within(0.001));
    assertThat(c.lat()).isCloseTo(43.9, within(0.001));
    assertThat(c.borderChainageMetres()).isCloseTo(st.borderFromMetres(), within(1e-9));
    assertThat(r.direction()).isEqualTo(FlowDirection.CHINA_TO_KAZAKHSTAN);
  }

  /**
   * A river that leaves the line after less than the minimum length is not following it: running
   * 500 m along the segment (80.4 44.2)–(80.6 43.0) from (80.45 43.9) down to latitude 43.8955
   * (0.0045° of latitude ≈ 500 m), it crosses once where it leaves.
   */
  @Test
  void shortContact_isNoStretch() {
    RiverAtBorder r =
        analyse(
            river(
                "river.touching",
                "LINESTRING (80.9 43.95, 80.45 43.9, 80.45075 43.8955, 80.0 43.85)",
                true));
    assertThat(r.alongBorder()).isEmpty();
    assertThat(r.crossingCount()).isEqualTo(1);
    assertThat(r.direction()).isEqualTo(FlowDirection.CHINA_TO_KAZAKHSTAN);
  }

  private static RiverAtBorder analyse(River river) {
    Atlas atlas = TestAtlas.builder().river(river).build();
    return RiverCrossingAnalysis.of(atlas).river(river.id()).orElseThrow();
  }

  @Test
  void atlasWithoutBorder_hasNoResults() {
    Atlas atlas = Atlas.builder().river(river("river.ili", TestAtlas.ILI, true)).build();
    assertThat(RiverCrossingAnalysis.of(atlas).rivers()).isEmpty();
  }
}
