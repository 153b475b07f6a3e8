package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.model.Figure;
import java.util.List;
import java.util.Locale;

/**
 * Figures as an HTML table: what, value with unit, confidence, source and note; several values of
 * one quantity stay on their own rows in the order given. Output is an HTML body fragment without
 * colours (see {@link HtmlPane}). Stateless and thread-safe.
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
    if (figures.isEmpty()) {
      return "<p><i>No published figures.</i></p>";
    }
    StringBuilder b = new StringBuilder("<table cellpadding='2' cellspacing='0'>");
    b.append("<tr><th align='left'>Figure</th><th align='right'>Value</th>")
        .append("<th align='left'>Confidence</th>")
        .append(withSource ? "<th align='left'>Source</th>" : "<th align='left'>Note</th>")
        .append("</tr>");
    for (Figure f : figures) {
      b.append("<tr><td valign='top'>")
          .append(escape(FigureLabels.label(f.quantity())))
          .append("</td><td valign='top' align='right'><nobr>")
          .append(escape(FeatureText.value(f)))
          .append("</nobr></td><td valign='top'>")
          .append(escape(f.confidence().name().toLowerCase(Locale.ROOT)))
          .append("</td><td valign='top'>");
      if (withSource) {
        b.append(escape(f.source()));
        f.optionalNote().ifPresent(n -> b.append("<br><i>").append(escape(n)).append("</i>"));
      } else {
        f.optionalNote().ifPresent(n -> b.append("<i>").append(escape(n)).append("</i>"));
      }
      b.append("</td></tr>");
    }
    return b.append("</table>").toString();
  }
}
