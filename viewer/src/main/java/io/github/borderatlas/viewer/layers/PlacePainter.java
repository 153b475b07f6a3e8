package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Geometry;

/**
 * Places: a symbol per kind ({@link PlaceSymbols}) and a label placed around it without collisions
 * (tripoints and crossings first, then cities, then the rest). A crossing's label shows both sides'
 * names when they differ ("Nur Zholy / Khorgos").
 */
public final class PlacePainter implements LayerPainter {

  @Override
  public BundledLayer layer() {
    return BundledLayer.PLACES;
  }

  /** Label priority of a kind: higher is placed first. */
  static int priority(PlaceKind kind) {
    return switch (kind) {
      case TRIPOINT -> 100;
      case BORDER_CROSSING -> 90;
      case CROSS_BORDER_CENTRE -> 85;
      case CITY -> 70;
      case WATERWORKS -> 45;
      case CANAL -> 35;
      case EMBASSY, LANDMARK -> 30;
    };
  }

  /** The label text of a place. */
  public static String labelText(Place p) {
    String kz = p.kazakhstanSideName().orElse(null);
    String cn = p.chinaSideName().orElse(null);
    if (p.kind() == PlaceKind.BORDER_CROSSING && kz != null && cn != null && !kz.equals(cn)) {
      return kz + " / " + cn;
    }
    return p.name();
  }

  @Override
  public void paint(RenderContext ctx) {
    Graphics2D g = ctx.graphics();
    for (AtlasFeature f : ctx.atlas().drawable(Layer.PLACE)) {
      Geometry geom = ctx.geometry(f);
      double x = ctx.viewport().screenX(geom.getCoordinate().x);
      double y = ctx.viewport().screenY(geom.getCoordinate().y);
      if (x < -20
          || y < -20
          || x > ctx.viewport().width() + 20
          || y > ctx.viewport().height() + 20) {
        continue;
      }
      Place place = (Place) f;
      double r = PlaceSymbols.radius(place.kind());
      if (ctx.isEmphasised(f)) {
        g.setColor(Palette.HIGHLIGHT);
        g.fill(new Ellipse2D.Double(x - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12));
      }
      boolean current = ctx.isCurrent(f);
      PlaceSymbols.draw(g, place.kind(), x, y, !current);
      ctx.labels().addObstacle(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
      Font font =
          place.kind() == PlaceKind.TRIPOINT || place.kind() == PlaceKind.BORDER_CROSSING
              ? Palette.PLACE_FONT_BOLD
              : Palette.PLACE_FONT;
      ctx.labels()
          .add(
              new Label(
                  labelText(place),
                  font,
                  current ? Palette.place(place.kind()).darker() : Palette.GHOST,
                  x,
                  y,
                  0,
                  Label.Placement.around(r),
                  priority(place.kind())));
    }
  }
}
