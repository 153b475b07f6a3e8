package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Figure;
import java.util.List;
import java.util.Locale;

/**
 * Figures as an HTML list that stays readable in a narrow side panel: what, value with unit and
 * confidence on one line, source and note below; several values of one quantity stay on their own
 * lines in the order given. Output is an HTML body fragment without colours (see {@link HtmlPane}).
 * Stateless and thread-safe.
 */
public final class FigureTable {

  private FigureTable() {}

  /** The table, or a sentence saying there are no figures. */
  public static String html(List<Figure> figures) {
    return html(figures, true);
  }

  /**
   * The table, with or without the source column (left out when the caller names the one source of
   * all the figures), or a sentence saying there are no figures. Notes are kept either way.
   */
  public static String html(List<Figure> figures, boolean withSource) {
    return html(figures, withSource, null);
  }

  /**
   * The table with each figure's sources by title and link ({@link SourceLinks}); the citation as
   * written goes under the pane's "Details" toggle.
   */
  public static String html(List<Figure> figures, Bibliography bibliography) {
    return html(figures, true, bibliography);
  }

  private static String html(List<Figure> figures, boolean withSource, Bibliography bibliography) {
    if (figures.isEmpty()) {
      return "<p><i>No published figures.</i></p>";
    }
    StringBuilder b = new StringBuilder();
    for (Figure f : figures) {
      b.append("<p style='margin-top:3px'><b>")
          .append(escape(FigureLabels.label(f.quantity())))
          .append("</b>: ")
          .append(escape(FeatureText.value(f)))
          .append(" <i>(")
          .append(escape(f.confidence().name().toLowerCase(Locale.ROOT)))
          .append(")</i>");
      String source = withSource ? f.source() : "";
      String note = f.note().orElse("");
      if (!source.isEmpty() || !note.isEmpty()) {
        b.append("<br><font size='-1'>")
            .append(bibliography == null ? escape(source) : SourceLinks.html(source, bibliography));
        if (!note.isEmpty()) {
          b.append(source.isEmpty() ? "" : " — ").append("<i>").append(escape(note)).append("</i>");
        }
        b.append("</font>");
      }
      b.append("</p>");
    }
    return b.toString();
  }
}
