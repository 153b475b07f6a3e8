package io.github.borderatlas.viewer.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.viewer.TestAtlas;
import io.github.borderatlas.viewer.draw.ChunkedGeometry;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.Palette;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * The hover highlight (issue 14 item 2): a colour no map class uses, drawn around a polygon's outer
 * edge only, so that a country with lakes cut out of it does not get blue-ringed "shores".
 */
class HoverOutlineTest {

  /** CIE76 colour difference in CIELAB (D65), the alpha ignored. */
  static double deltaE(Color a, Color b) {
    double[] la = lab(a);
    double[] lb = lab(b);
    return Math.sqrt(
        Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
  }

  private static double[] lab(Color c) {
    double r = linear(c.getRed());
    double g = linear(c.getGreen());
    double b = linear(c.getBlue());
    // sRGB to XYZ (D65), normalised by the white point
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double linear(int v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  @Test
  void hoverColour_differsFromEveryPaletteColourByAClearMargin() throws Exception {
    // 40 ΔE units, four times "clearly different at a glance" (about 10). Computed with this
    // formula: the old hover blue (0, 150, 255) lay 20.1 from WORKS, 21.7 from BORDER_RIVER and
    // 24.0 from RIVER; the lime halo lies 89.6 from the nearest, HIGHLIGHT.
    List<String> tooClose = new ArrayList<>();
    int compared = 0;
    for (Field field : Palette.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == Color.class
          && !field.getName().equals("HOVER")) {
        Color c = (Color) field.get(null);
        compared++;
        if (deltaE(Palette.HOVER, c) < 40) {
          tooClose.add(field.getName() + " " + deltaE(Palette.HOVER, c));
        }
      }
    }
    assertThat(compared).isGreaterThan(20);
    assertThat(tooClose).isEmpty();
  }

  @Test
  void oldRiverBlueHover_wouldHaveFailedTheMargin() {
    // the rule above rejects the colour this replaced (guards the test itself)
    assertThat(deltaE(new Color(0, 150, 255), Palette.BORDER_RIVER)).isLessThan(40);
  }

  @Test
  void outerLines_leaveOutTheHoles_linesKeepThem() throws Exception {
    Geometry donut =
        new WKTReader()
            .read(
                "POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0), (400 400, 600 400, 600 600, 400 600, 400 400))");
    ChunkedGeometry c = ChunkedGeometry.of(donut);
    Viewport vp = Viewport.fit(new Envelope(0, 1000, 0, 1000), 200, 200, 0);
    Envelope clip = new Envelope(-100, 1100, -100, 1100);
    assertThat(moveTos(c.lines(vp, clip))).isEqualTo(2);
    assertThat(moveTos(c.outerLines(vp, clip))).isEqualTo(1);
  }

  private static int moveTos(Path2D p) {
    int n = 0;
    double[] xy = new double[6];
    for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
      if (it.currentSegment(xy) == PathIterator.SEG_MOVETO) {
        n++;
      }
    }
    return n;
  }

  @Test
  void hoveredCountryWithALake_haloOnItsOuterEdge_noneOnTheLakeShore() throws Exception {
    // a country 4° square with a 1° square lake hole, inside the test atlas' region
    Country lakeland =
        new Country(
            "country.LKL",
            Names.english("Lakeland"),
            "LKL",
            new WKTReader()
                .read(
                    "POLYGON((78 44, 82 44, 82 48, 78 48, 78 44), (79.5 45.5, 80.5 45.5, 80.5 46.5,"
                        + " 79.5 46.5, 79.5 45.5))"),
            TestAtlas.atlas().countries().get(0).provenance(),
            null);
    ProjectedAtlas pa =
        new ProjectedAtlas(Atlas.builder().country(lakeland).build(), RegionMapProjection.REGION);
    MapView view = new MapView(pa);
    view.setSize(500, 500);
    view.setViewport(Viewport.fit(pa.geometry(lakeland, 1).getEnvelopeInternal(), 500, 500, 40));
    Viewport vp = view.viewport();
    pa.chunks(lakeland, vp.metresPerPixel()); // as the render thread does for what it draws
    view.setHovered(MapFeature.of(lakeland));
    BufferedImage img = new BufferedImage(500, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    view.paint(g);
    g.dispose();
    view.dispose();

    Geometry projected = pa.geometry(lakeland, vp.metresPerPixel());
    org.locationtech.jts.geom.Polygon poly = (org.locationtech.jts.geom.Polygon) projected;
    var outer = poly.getExteriorRing().getCoordinateN(0);
    var hole = poly.getInteriorRingN(0).getCoordinateN(0);
    assertThat(isHover(img, vp.screenX(outer.x), vp.screenY(outer.y))).isTrue();
    assertThat(isHover(img, vp.screenX(hole.x), vp.screenY(hole.y))).isFalse();
  }

  /**
   * Whether the pixel is the hover halo composited over the paper: about (160, 250, 80) there,
   * against the paper's (243, 241, 236).
   */
  private static boolean isHover(BufferedImage img, double x, double y) {
    Color c = new Color(img.getRGB((int) Math.round(x), (int) Math.round(y)));
    return c.getGreen() > 230 && c.getRed() < 200 && c.getBlue() < 150;
  }
}
