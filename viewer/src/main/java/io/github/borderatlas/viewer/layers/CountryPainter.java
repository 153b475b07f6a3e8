package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.viewer.map.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/** Context countries: a light fill per country, a thin outline and a spaced capital label. */
public final class CountryPainter implements LayerPainter {

  @Override
  public MapLayer layer() {
    return MapLayer.COUNTRIES;
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
    for (AtlasFeature f : countries) {
      if (!ctx.isInView(f)) {
        continue;
      }
      Country c = (Country) f;
      Path2D area = ctx.areas(f);
      g.setColor(ctx.isCurrent(f) ? fill(c.isoA3()) : Palette.GHOST);
      g.fill(area);
    }
    g.setStroke(Palette.round(0.8f));
    g.setColor(Palette.COUNTRY_EDGE);
    for (AtlasFeature f : countries) {
      if (ctx.isInView(f)) {
        g.draw(ctx.lines(f));
      }
    }
    for (AtlasFeature f : countries) {
      if (ctx.isEmphasised(f)) {
        g.setStroke(Palette.round(3f));
        g.setColor(Palette.HIGHLIGHT);
        g.draw(ctx.lines(f));
      }
      label(ctx, (Country) f);
    }
  }

  /** Spacing of the grid of candidate label anchors, pixels. */
  static final int ANCHOR_GRID_PX = 50;

  private static void label(RenderContext ctx, Country c) {
    Geometry geom = ctx.geometry(c);
    if (geom == null || !ctx.isInView(c)) {
      return;
    }
    List<Label.Anchor> anchors = anchors(geom, ctx.viewport());
    if (anchors.isEmpty()) {
      return;
    }
    String text = spaced(c.name().toUpperCase(Locale.ROOT));
    ctx.labels()
        .add(new Label(text, Palette.COUNTRY_FONT, new Color(120, 105, 90, 150), anchors,
            List.of(Label.Placement.CENTRE), 0));
  }

  /**
   * Candidate anchors for a country name: the points of a {@link #ANCHOR_GRID_PX} grid over the
   * view (less a margin) that lie inside the country, nearest to the centre of the visible part
   * first. Point-in-area tests tolerate the invalid rings some source polygons have, where an
   * overlay would fail. Empty when too little of the country is visible.
   */
  static List<Label.Anchor> anchors(Geometry geom, Viewport vp) {
    IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(geom);
    List<double[]> inside = new ArrayList<>();
    double sx = 0;
    double sy = 0;
    int step = ANCHOR_GRID_PX;
    for (int y = step; y < vp.height() - step / 2; y += step) {
      for (int x = step; x < vp.width() - step / 2; x += step) {
        Coordinate w = new Coordinate(vp.worldX(x), vp.worldY(y));
        if (locator.locate(w) == Location.INTERIOR) {
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
    inside.sort(Comparator.comparingDouble(p -> Math.hypot(p[0] - cx, p[1] - cy)));
    List<Label.Anchor> out = new ArrayList<>();
    for (int i = 0; i < Math.min(16, inside.size()); i++) {
      out.add(new Label.Anchor(inside.get(i)[0], inside.get(i)[1], 0));
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
