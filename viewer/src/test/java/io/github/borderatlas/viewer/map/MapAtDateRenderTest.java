package io.github.borderatlas.viewer.map;

import static io.github.borderatlas.viewer.map.PixelProbe.nearest;
import static io.github.borderatlas.viewer.map.PixelProbe.screen;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.DateUnknownMark;
import io.github.borderatlas.viewer.layers.Legend;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.layers.RenderOptions;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the bundled map at 1870, 1960, 1995 and 2025 differs where the data says. Positions are
 * the bundled features' own (places.geojson, sectors.geojson); dates from facts.md as cited.
 */
class MapAtDateRenderTest {

  private static ProjectedAtlas pa;
  private static Viewport vp;

  @BeforeAll
  static void load() {
    pa = new ProjectedAtlas(ChinaKazakhstan.atlas(), RegionMapProjection.REGION);
    vp = Viewport.fit(pa.dataExtent(), 1200, 800, 24);
  }

  private static BufferedImage render(BundledLayer layer, LocalDate date) {
    RenderOptions o =
        RenderOptions.DEFAULT.withVisible(EnumSet.of(layer)).withDecorations(false).withDate(date);
    return MapRenderer.renderImage(pa, vp, o, 1.0);
  }

  /** The Dostyk crossing (rail opened 20 July 1991 [S43]) is red in 1995 and 2025, grey before. */
  @Test
  void dostykCrossing_appearsAfterItsOpening() {
    double[] p = screen(pa, vp, 82.553056, 45.201389);
    for (int year : new int[] {1870, 1960}) {
      assertThat(
              nearest(
                  render(BundledLayer.PLACES, LocalDate.of(year, 1, 1)),
                  p[0],
                  p[1],
                  2,
                  Palette.CROSSING))
          .as("in " + year)
          .isGreaterThan(60);
    }
    for (int year : new int[] {1995, 2025}) {
      assertThat(
              nearest(
                  render(BundledLayer.PLACES, LocalDate.of(year, 1, 1)),
                  p[0],
                  p[1],
                  2,
                  Palette.CROSSING))
          .as("in " + year)
          .isLessThan(20);
    }
  }

  /**
   * The Khan Tengri sector (settled by the agreement of 24 Sept 1997 [S10]) is orange in 1995 and
   * gone in 2025.
   */
  @Test
  void khanTengriSector_disappearsAfterSettlement() {
    double[] p = screen(pa, vp, 80.174866, 42.210402);
    assertThat(
            nearest(
                render(BundledLayer.DISPUTED, LocalDate.of(1995, 1, 1)),
                p[0],
                p[1],
                14,
                Palette.DISPUTED))
        .isLessThan(20);
    assertThat(
            nearest(
                render(BundledLayer.DISPUTED, LocalDate.of(2025, 1, 1)),
                p[0],
                p[1],
                14,
                Palette.DISPUTED))
        .isGreaterThan(60);
  }

  /**
   * The country labels name the state of the date (names.json: Kazakh SSR from 5 Dec 1936 to 16 Dec
   * 1991): the country layer drawn in 1960 differs from 2025, while 1995 and 2025 (same states,
   * same names) give the same pixels.
   */
  @Test
  void countryLabels_changeWithTheStateOnlyWhereTheNamesChange() {
    BufferedImage at1960 = render(BundledLayer.COUNTRIES, LocalDate.of(1960, 1, 1));
    BufferedImage at1995 = render(BundledLayer.COUNTRIES, LocalDate.of(1995, 1, 1));
    BufferedImage at2025 = render(BundledLayer.COUNTRIES, LocalDate.of(2025, 1, 1));
    assertThat(differingPixels(at1960, at2025)).isGreaterThan(100);
    assertThat(differingPixels(at1995, at2025)).isZero();
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Bakhty's opening is not sourced [S40 names it, no date]: marked "date not known" at a date. */
  @Test
  void undatedCrossing_carriesTheDateUnknownMark_andTheLegendSaysSo() {
    double[] p = screen(pa, vp, 82.76, 46.7);
    BufferedImage at1870 = render(BundledLayer.PLACES, LocalDate.of(1870, 1, 1));
    assertThat(nearest(at1870, p[0] + 7, p[1] - 7, 3, DateUnknownMark.INK)).isLessThan(20);
    BufferedImage undated = render(BundledLayer.PLACES, null);
    assertThat(nearest(undated, p[0] + 7, p[1] - 7, 3, DateUnknownMark.INK)).isGreaterThan(40);
    assertThat(Legend.rows(pa, RenderOptions.DEFAULT.withDate(LocalDate.of(1870, 1, 1))))
        .contains(DateUnknownMark.LEGEND);
    assertThat(Legend.rows(pa, RenderOptions.DEFAULT)).doesNotContain(DateUnknownMark.LEGEND);
  }
}
