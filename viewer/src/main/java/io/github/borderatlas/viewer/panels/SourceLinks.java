package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Source;

/**
 * A free-text citation as readers see it: the titles of the sources it names, each a link to its
 * address when known (opened by {@link HtmlPane}), with the publisher; the citation as written and
 * the source ids go into a developer block that {@link HtmlPane} keeps collapsed until its
 * "Details" toggle is clicked. Stateless and thread-safe.
 */
public final class SourceLinks {

  private SourceLinks() {}

  /**
   * The sources of {@code citation} as HTML: {@code <a href=URL>title</a> (publisher)} joined by ";
   * ", then a {@linkplain HtmlPane#details(String) details block} with the ids and the citation as
   * written. A citation that names no record is shown as written.
   */
  public static String html(String citation, Bibliography bibliography) {
    Bibliography.Citation c = bibliography.cite(citation);
    if (c.sources().isEmpty()) {
      return escape(citation);
    }
    StringBuilder b = new StringBuilder();
    for (Source s : c.sources()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      String title = escape(s.displayTitle());
      if (s.url().isPresent()) {
        b.append("<a href=\"")
            .append(escape(s.url().get()))
            .append("\">")
            .append(title)
            .append("</a>");
      } else {
        b.append(title);
      }
      s.publisher().ifPresent(p -> b.append(" (").append(escape(p)).append(')'));
    }
    b.append(
        HtmlPane.details(
            "Source ids: "
                + escape(String.join(", ", c.ids()))
                + "<br>As cited: "
                + escape(citation)));
    return b.toString();
  }
}
