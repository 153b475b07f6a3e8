package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Layer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

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

  private static void label(RenderContext ctx, Country c) {
    Geometry geom = ctx.geometry(c);
    if (geom == null || !ctx.isInView(c)) {
      return;
    }
    Coordinate p = InteriorPoint.getInteriorPoint(geom);
    if (p == null) {
      return;
    }
    String text = spaced(c.name().toUpperCase(Locale.ROOT));
    ctx.labels()
        .add(
            new Label(
                text,
                Palette.COUNTRY_FONT,
                new Color(120, 105, 90, 150),
                ctx.viewport().screenX(p.x),
                ctx.viewport().screenY(p.y),
                0,
                List.of(Label.Placement.CENTRE, new Label.Placement(0, 40, 0.5, 0.5),
                    new Label.Placement(0, -40, 0.5, 0.5)),
                0));
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
