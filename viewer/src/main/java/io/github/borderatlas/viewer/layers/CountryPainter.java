package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Context countries: a light fill per country, a thin outline and a spaced capital label. */
public final class CountryPainter implements LayerPainter {

  @Override
  public BundledLayer layer() {
    return BundledLayer.COUNTRIES;
  }

  /** The fill of a country by its ISO 3166-1 alpha-3 code. */
  public static Color fill(String isoA3) {
    return switch (isoA3) {
      case "KAZ" -> Palette.KAZAKHSTAN;
      case "CHN" -> Palette.CHINA;
      default -> Palette.OTHER_COUNTRY;
    };
  }

  @Override
  public void paint(RenderContext ctx) {
    Graphics2D g = ctx.graphics();
    List<AtlasFeature> countries = ctx.atlas().drawable(Layer.COUNTRY);
    List<Path2D> areas = new ArrayList<>(countries.size());
    // Fills without antialiasing: every fill edge lies under the antialiased outline drawn next
    // (the same rings), and the pale country colours differ by at most 14 levels per channel, so
    // the edge pixels change imperceptibly while huge antialiased fills cost twice as much.
    Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    for (AtlasFeature f : countries) {
      if (!ctx.isInView(f)) {
        areas.add(null);
        continue;
      }
      Country c = (Country) f;
      Path2D area = ctx.areas(f);
      areas.add(area);
      g.setColor(ctx.isCurrent(f) ? fill(c.isoA3()) : Palette.GHOST);
      g.fill(area);
    }
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    g.setStroke(Palette.round(0.8f));
    g.setColor(Palette.COUNTRY_EDGE);
    for (AtlasFeature f : countries) {
      if (ctx.isInView(f)) {
        ScreenPolylines.drawEach(g, ctx.lines(f));
      }
    }
    for (int i = 0; i < countries.size(); i++) {
      AtlasFeature f = countries.get(i);
      if (ctx.isEmphasised(f)) {
        g.setStroke(Palette.round(3f));
        g.setColor(Palette.HIGHLIGHT);
        g.draw(ctx.lines(f));
      }
      if (areas.get(i) != null) {
        label(ctx, (Country) f, areas.get(i));
      }
    }
  }

  /** Spacing of the grid of candidate label anchors, pixels. */
  static final int ANCHOR_GRID_PX = 50;

  private static void label(RenderContext ctx, Country c, Path2D area) {
    List<Label.Anchor> anchors = anchors(area, ctx.viewport());
    if (anchors.isEmpty()) {
      return;
    }
    String text = spaced(ctx.labelName(c).toUpperCase(Locale.ROOT));
    ctx.labels()
        .add(
            new Label(
                text,
                Palette.COUNTRY_FONT,
                LABEL_COLOUR,
                anchors,
                List.of(Label.Placement.CENTRE),
                0));
  }

  private static final Color LABEL_COLOUR = new Color(120, 105, 90, 150);

  /**
   * Candidate anchors for a country name: the points of a {@link #ANCHOR_GRID_PX} grid over the
   * view (less a margin) that lie inside the country's screen area, nearest to the centre of the
   * visible part first. Inside means an odd number of the area's edges cross the grid row to the
   * left of the point (even-odd rule, one scan per row), which tolerates the invalid rings some
   * source polygons have, where an overlay would fail. Empty when too little of it is visible.
   *
   * @param area the country's even-odd area in screen space (logical pixels), exact in the view
   */
  static List<Label.Anchor> anchors(Path2D area, Viewport vp) {
    int step = ANCHOR_GRID_PX;
    int rows = 0;
    while (step * (rows + 1) < vp.height() - step / 2) {
      rows++;
    }
    int cols = 0;
    while (step * (cols + 1) < vp.width() - step / 2) {
      cols++;
    }
    if (rows == 0 || cols == 0) {
      return List.of();
    }
    double[][] crossings = crossings(area, step, rows);
    List<double[]> inside = new ArrayList<>();
    double sx = 0;
    double sy = 0;
    for (int r = 0; r < rows; r++) {
      double[] xs = crossings[r];
      int n = (int) xs[0];
      java.util.Arrays.sort(xs, 1, n + 1);
      int left = 0; // crossings left of the current column
      for (int c = 0; c < cols; c++) {
        double x = step * (c + 1);
        while (left < n && xs[left + 1] < x) {
          left++;
        }
        if ((left & 1) == 1) {
          double y = step * (r + 1);
          inside.add(new double[] {x, y});
          sx += x;
          sy += y;
        }
      }
    }
    if (inside.size() < 6) {
      return List.of();
    }
    double cx = sx / inside.size();
    double cy = sy / inside.size();
    // squared distance orders as the distance does, without a hypot per comparison
    inside.sort(
        Comparator.comparingDouble(p -> (p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy)));
    List<Label.Anchor> out = new ArrayList<>();
    for (int i = 0; i < Math.min(16, inside.size()); i++) {
      out.add(new Label.Anchor(inside.get(i)[0], inside.get(i)[1], 0));
    }
    return out;
  }

  /**
   * Where the edges of {@code area} cross the rows {@code y = step * (r + 1)}: per row, element 0
   * holds the count n and elements 1..n the x of each crossing (unsorted). An edge crosses a row
   * when its ends lie on different sides, the lower end counted as above (half-open rule).
   */
  private static double[][] crossings(Path2D area, int step, int rows) {
    double[][] out = new double[rows][];
    for (int r = 0; r < rows; r++) {
      out[r] = new double[9];
    }
    double[] c = new double[6];
    double startX = 0;
    double startY = 0;
    double px = 0;
    double py = 0;
    for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_MOVETO) {
        startX = c[0];
        startY = c[1];
        px = c[0];
        py = c[1];
        continue;
      }
      double x = type == PathIterator.SEG_CLOSE ? startX : c[0];
      double y = type == PathIterator.SEG_CLOSE ? startY : c[1];
      double lo = Math.min(py, y);
      double hi = Math.max(py, y);
      int r0 = Math.max(0, (int) Math.ceil(lo / step) - 1);
      int r1 = Math.min(rows - 1, (int) Math.ceil(hi / step) - 2);
      for (int r = r0; r <= r1; r++) {
        double rowY = step * (r + 1);
        if ((py > rowY) != (y > rowY)) {
          double[] xs = out[r];
          int n = (int) xs[0];
          if (n + 2 > xs.length) {
            xs = java.util.Arrays.copyOf(xs, xs.length * 2);
            out[r] = xs;
          }
          xs[n + 1] = px + (rowY - py) * (x - px) / (y - py);
          xs[0] = n + 1;
        }
      }
      px = x;
      py = y;
    }
    return out;
  }

  /** Letter-spaced text, as atlases set country names. */
  static String spaced(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0) {
        sb.append(s.charAt(i) == ' ' ? "   " : " ");
      }
      if (s.charAt(i) != ' ') {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }
}
