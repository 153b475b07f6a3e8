package io.github.borderatlas.viewer.layers;

import io.github.borderatlas.core.analysis.InstrumentsInForce;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.TimelineEntry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The map's cartouche at a date, drawn in the top-right corner by the renderer (so exports carry
 * it): the date, the state on each side of the border ({@link Atlas#namesOn} of {@code country.CHN}
 * and {@code country.KAZ}), the instruments in force ({@link InstrumentsInForce}, the same list as
 * the {@code treaties} command), dated notes in force (an occupation, a breakaway state) and what
 * the drawn line is. Stateless; call from the thread that owns the graphics.
 */
public final class Cartouche {

  /** Most instruments listed by title; the rest are counted. */
  static final int MAX_INSTRUMENTS = 4;

  /** Longest line in characters; longer titles are cut with an ellipsis. */
  static final int MAX_CHARS = 60;

  private static final double LINE_PX = 14;
  private static final double MARGIN_PX = 10;

  private Cartouche() {}

  /**
   * The cartouche's lines for a date, first the date itself (ISO, {@code yyyy-MM-dd}).
   *
   * @param atlas the whole atlas (not an {@code asOf} copy: the dated names and the timeline are
   *     looked up in it)
   * @param date the map's date
   */
  public static List<String> lines(Atlas atlas, LocalDate date) {
    List<String> out = new ArrayList<>();
    out.add("Map at " + date);
    side(atlas, date, "country.CHN", "China side: ").ifPresent(out::add);
    side(atlas, date, "country.KAZ", "Kazakhstan side: ").ifPresent(out::add);
    List<InstrumentsInForce.Instrument> in = InstrumentsInForce.on(atlas, date).instruments();
    out.add(in.isEmpty() ? "No boundary instrument in force" : "In force (" + in.size() + "):");
    for (int i = 0; i < in.size() && i < MAX_INSTRUMENTS; i++) {
      TimelineEntry e = in.get(i).entry();
      String star = in.get(i).entryIntoForce().isPresent() ? "" : " *";
      out.add(cut("  " + e.date().date().getYear() + " " + e.title()) + star);
    }
    if (in.size() > MAX_INSTRUMENTS) {
      out.add("  … and " + (in.size() - MAX_INSTRUMENTS) + " more");
    }
    if (in.stream().anyMatch(i -> i.entryIntoForce().isEmpty())) {
      out.add("  * in force, date not sourced");
    }
    for (TimelineEntry e : atlas.timeline()) {
      if (!Atlas.INSTRUMENTS.contains(e.kind())
          && e.validity().from().isPresent()
          && e.validity().isValidOn(date)) {
        out.add(cut("Note: " + e.title()));
      }
    }
    out.add("Line drawn: today's demarcated line");
    return out;
  }

  private static Optional<String> side(Atlas atlas, LocalDate date, String id, String prefix) {
    Optional<AtlasFeature> f = atlas.find(id);
    return f.map(c -> cut(prefix + atlas.namesOn(c, date).english()));
  }

  private static String cut(String s) {
    return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1) + "…";
  }

  /** The box the cartouche takes in the top-right corner of a {@code widthPx} wide view. */
  public static Rectangle2D box(Graphics2D g, List<String> lines, double widthPx) {
    FontMetrics fm = g.getFontMetrics(Palette.SMALL_FONT);
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, fm.getStringBounds(l, g).getWidth());
    }
    w += 16;
    double h = lines.size() * LINE_PX + 10;
    return new Rectangle2D.Double(widthPx - w - MARGIN_PX, MARGIN_PX, w, h);
  }

  /** Draws the lines in their {@link #box}. */
  public static void paint(Graphics2D g, List<String> lines, double widthPx) {
    Rectangle2D b = box(g, lines, widthPx);
    RoundRectangle2D r =
        new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 10, 10);
    g.setColor(new Color(255, 252, 240, 225));
    g.fill(r);
    g.setColor(new Color(0, 0, 0, 60));
    g.setStroke(new BasicStroke(1f));
    g.draw(r);
    double y = b.getY() + 16;
    for (int i = 0; i < lines.size(); i++) {
      g.setFont(i == 0 ? Palette.PLACE_FONT_BOLD : Palette.SMALL_FONT);
      g.setColor(new Color(0x333333));
      g.drawString(lines.get(i), (float) (b.getX() + 8), (float) y);
      y += LINE_PX;
    }
  }
}
