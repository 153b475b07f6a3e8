package io.github.borderatlas.viewer.timeline;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.analysis.InstrumentsInForce;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import io.github.borderatlas.viewer.panels.FeatureText;
import io.github.borderatlas.viewer.panels.SourceLinks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The texts the timeline shows: dates at their precision, an entry's details with its source, the
 * list of agreements in force and the (derived) agreement defining the line. Output is HTML body
 * fragments without colours (see {@link io.github.borderatlas.viewer.panels.HtmlPane}). Stateless
 * and thread-safe.
 */
public final class EntryDetails {

  private EntryDetails() {}

  /**
   * A date written at its precision: {@code "26 April 1994"}, {@code "November 1860"} or {@code
   * "1915"}.
   */
  public static String formatDate(PartialDate date) {
    return FeatureText.date(date);
  }

  /** A day written out, e.g. {@code "15 January 2000"}. */
  public static String formatDay(LocalDate day) {
    return FeatureText.day(day);
  }

  /**
   * When an agreement is in force, e.g. {@code "in force from 15 January 2000"}, {@code "in force
   * from 1 October 2002 until 1 May 2010"}; empty for an entry without a sourced start.
   */
  public static Optional<String> period(Validity validity) {
    if (!validity.isStartKnown()) {
      String s = InstrumentsInForce.DATE_NOT_SOURCED;
      return Optional.of(validity.to().map(to -> s + " until " + formatDay(to)).orElse(s));
    }
    if (validity.from().isEmpty()) {
      return Optional.empty();
    }
    String s = "in force from " + formatDay(validity.from().get());
    return Optional.of(validity.to().map(to -> s + " until " + formatDay(to)).orElse(s));
  }

  /**
   * An entry's details: title, date at its precision, kind, place, parties, what it concerns (with
   * the names found in {@code atlas}), its summary, its period in force, source and licence.
   */
  public static String html(TimelineEntry e, Atlas atlas) {
    StringBuilder b = new StringBuilder();
    b.append("<b style='font-size:110%'>").append(escape(e.title())).append("</b><br>");
    b.append(escape(formatDate(e.date())))
        .append(" &nbsp;·&nbsp; ")
        .append(escape(EntryStyle.label(e.kind())));
    period(e.validity()).ifPresent(p -> b.append(" &nbsp;·&nbsp; ").append(escape(p)));
    b.append("<table cellpadding='1' cellspacing='0'>");
    if (e.placeName().isPresent() || e.place() != null) {
      String where = e.placeName().orElse("");
      if (e.place() != null) {
        String at = FeatureText.latLon(e.place().getY(), e.place().getX());
        where = where.isEmpty() ? at : where + " (" + at + ")";
      }
      row(b, "Place", escape(where));
    }
    if (!e.parties().isEmpty()) {
      row(b, "Parties", escape(String.join(", ", e.parties())));
    }
    if (!e.concerns().isEmpty()) {
      StringBuilder c = new StringBuilder();
      for (String id : e.concerns()) {
        Optional<AtlasFeature> f = atlas.find(id);
        c.append(c.length() == 0 ? "" : "<br>")
            .append(escape(f.map(AtlasFeature::name).orElse(id)))
            .append(" <code>")
            .append(escape(id))
            .append("</code>")
            .append(f.isPresent() ? "" : " (not in the atlas)");
      }
      row(b, "Concerns", c.toString());
    }
    b.append("</table>");
    if (!e.summary().isBlank()) {
      b.append("<p>").append(escape(e.summary())).append("</p>");
    }
    b.append("<p>Source: ").append(SourceLinks.html(e.provenance().source(), atlas.bibliography()));
    b.append("<br>Licence: ").append(escape(e.provenance().license())).append("</p>");
    return b.toString();
  }

  /** The agreements in force on {@code date}, each with its period; or a sentence saying none. */
  public static String inForceHtml(List<TimelineEntry> inForce, LocalDate date) {
    StringBuilder b = new StringBuilder();
    b.append("<b>In force on ").append(escape(formatDay(date))).append("</b>");
    if (inForce.isEmpty()) {
      return b.append("<br>No agreement of the atlas is known to be in force on this date.")
          .toString();
    }
    b.append("<ul style='margin-left:14px'>");
    for (TimelineEntry e : inForce) {
      b.append("<li>").append(escape(e.title()));
      period(e.validity()).ifPresent(p -> b.append(" <i>(").append(escape(p)).append(")</i>"));
      b.append("</li>");
    }
    return b.append("</ul>").toString();
  }

  /**
   * The derived line of {@link BoundaryLine#definedBy}, labelled as derived, e.g. {@code "Line
   * defined by: Second Supplementary Agreement on the border 1998 (latest boundary agreement
   * signed; entry into force not sourced)"}. When the agreement has a sourced date of entry into
   * force the note gives it instead ({@code "in force from …"}, or {@code "in force only from …"}
   * when the date precedes it).
   *
   * @param definedBy the latest treaty or protocol signed by {@code date}, if any
   * @param date the chosen day
   */
  public static String lineDefinedBy(Optional<TimelineEntry> definedBy, LocalDate date) {
    if (definedBy.isEmpty()) {
      return "Line defined by: no boundary treaty or protocol signed by " + formatDay(date);
    }
    TimelineEntry e = definedBy.get();
    Validity v = e.validity();
    String force;
    if (v.from().isEmpty()) {
      force = "entry into force not sourced";
    } else if (date.isBefore(v.from().get())) {
      force = "in force only from " + formatDay(v.from().get());
    } else {
      force = period(v).orElseThrow();
    }
    return "Line defined by: "
        + e.title()
        + " "
        + e.date().date().getYear()
        + " (latest boundary agreement signed; "
        + force
        + ")";
  }

  /** Says how {@link #lineDefinedBy} is derived: for its tooltip. */
  public static String lineDefinedByNote(LocalDate date) {
    return "Derived, not sourced: the latest treaty or protocol of the timeline signed on or"
        + " before "
        + formatDay(date)
        + " (one dated only to a month or year counts from its"
        + " first day). It does not say the agreement was in force.";
  }

  private static void row(StringBuilder b, String label, String valueHtml) {
    b.append("<tr><td valign='top'><i>")
        .append(label)
        .append("</i>&nbsp;</td><td>")
        .append(valueHtml)
        .append("</td></tr>");
  }
}
