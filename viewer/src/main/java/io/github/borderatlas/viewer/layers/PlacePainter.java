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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Places: a symbol per kind ({@link PlaceSymbols}) and a label placed around it without collisions
 * (tripoints and crossings first, then cities, then the rest). A crossing's label shows both sides'
 * names when they differ ("Nur Zholy / Khorgos"). Places whose symbols crowd together share one
 * label with a count until zoomed in; the label of a place off the border line keeps to its side of
 * the border when it can.
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

  /**
   * The label text of a place: a crossing's two side names, else {@code name} (its name at the
   * map's date).
   */
  public static String labelText(Place p, String name) {
    String kz = p.kazakhstanSideName().orElse(null);
    String cn = p.chinaSideName().orElse(null);
    if (p.kind() == PlaceKind.BORDER_CROSSING && kz != null && cn != null && !kz.equals(cn)) {
      return kz + " / " + cn;
    }
    return name;
  }

  /**
   * Places whose symbols lie within this many logical pixels of a higher-priority place's share its
   * label ("Nur Zholy / Khorgos +3"); zooming in spreads them apart and each gets its own.
   */
  static final double CLUSTER_RADIUS_PX = 8;

  /** Whether a place of this kind keeps its label to its own side of the border. */
  static boolean keepsSide(PlaceKind kind) {
    // tripoints, crossings and cross-border centres lie on the line: either side will do
    return kind != PlaceKind.TRIPOINT
        && kind != PlaceKind.BORDER_CROSSING
        && kind != PlaceKind.CROSS_BORDER_CENTRE;
  }

  @Override
  public void paint(RenderContext ctx) {
    Graphics2D g = ctx.graphics();
    List<Place> places = new ArrayList<>();
    List<double[]> at = new ArrayList<>();
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
      places.add(place);
      at.add(new double[] {x, y});
      double r = PlaceSymbols.radius(place.kind());
      if (ctx.isEmphasised(f)) {
        g.setColor(Palette.HIGHLIGHT);
        g.fill(new Ellipse2D.Double(x - r - 6, y - r - 6, 2 * r + 12, 2 * r + 12));
      }
      boolean current = ctx.isCurrent(f);
      PlaceSymbols.draw(g, place.kind(), x, y, !current);
      if (ctx.isDateUnknown(f)) {
        DateUnknownMark.drawBeside(g, x, y, r);
      }
      ctx.labels().addObstacle(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
    }
    int[] priorities = places.stream().mapToInt(p -> priority(p.kind())).toArray();
    for (List<Integer> cluster : clusters(at, priorities, CLUSTER_RADIUS_PX)) {
      Place place = places.get(cluster.get(0));
      double[] xy = at.get(cluster.get(0));
      String text =
          labelText(place, ctx.labelName(place))
              + (cluster.size() > 1 ? " +" + (cluster.size() - 1) : "");
      Font font =
          place.kind() == PlaceKind.TRIPOINT || place.kind() == PlaceKind.BORDER_CROSSING
              ? Palette.PLACE_FONT_BOLD
              : Palette.PLACE_FONT;
      Label label =
          new Label(
              text,
              font,
              ctx.isCurrent(place) ? Palette.place(place.kind()).darker() : Palette.GHOST,
              xy[0],
              xy[1],
              0,
              candidates(place.kind()),
              priority(place.kind()));
      ctx.labels().add(keepsSide(place.kind()) ? label.keepingSide() : label);
    }
  }

  /** How much farther out the second ring of positions of a label keeping its side lies, px. */
  static final double OUTER_RING_PX = 10;

  /**
   * The positions a place's label may take: the eight around its symbol, and for a place that keeps
   * its label to its side of the border, eight more a little farther out, so that a town in a
   * pocket of the border (Bole in the Bortala valley) still finds a position on its side.
   */
  static List<Label.Placement> candidates(PlaceKind kind) {
    double r = PlaceSymbols.radius(kind);
    if (!keepsSide(kind)) {
      return Label.Placement.around(r);
    }
    List<Label.Placement> out = new ArrayList<>(Label.Placement.around(r));
    out.addAll(Label.Placement.around(r + OUTER_RING_PX));
    return out;
  }

  /**
   * Groups points that lie close together: points are taken by descending priority (ties in their
   * order), and each one not yet grouped starts a group of itself and every ungrouped point within
   * {@code radiusPx} of it.
   *
   * @param xy screen positions, logical pixels
   * @param priorities the priority of each point
   * @return the groups as indexes into {@code xy}, each led by its highest-priority point
   */
  static List<List<Integer>> clusters(List<double[]> xy, int[] priorities, double radiusPx) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < xy.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> priorities[i]).reversed());
    boolean[] grouped = new boolean[xy.size()];
    List<List<Integer>> out = new ArrayList<>();
    for (int lead : order) {
      if (grouped[lead]) {
        continue;
      }
      List<Integer> group = new ArrayList<>();
      for (int i : order) {
        if (!grouped[i]
            && Math.hypot(xy.get(i)[0] - xy.get(lead)[0], xy.get(i)[1] - xy.get(lead)[1])
                <= radiusPx) {
          grouped[i] = true;
          group.add(i);
        }
      }
      out.add(group);
    }
    return out;
  }
}
