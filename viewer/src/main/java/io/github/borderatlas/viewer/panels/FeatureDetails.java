package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.DatedName;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.SegmentKind;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.viewer.draw.BorderKindWords;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Every attribute of an atlas feature as an HTML fragment for the {@link DetailsPanel}: names in
 * English, Kazakh, Chinese and Russian, kind and the attributes of its type, its geodesic size,
 * published figures with source and confidence, validity, source and licence.
 *
 * <p><b>Measures.</b> Lines get their geodesic length and polygons their geodesic area and
 * perimeter on WGS84 (core {@link GeodesicMeasure}, GeographicLib; errors far below the data's);
 * points their position, latitude first. Stateless and thread-safe.
 */
public final class FeatureDetails {

  private FeatureDetails() {}

  /** The details of {@code f}; ids it refers to are named from {@code atlas}. */
  public static String html(AtlasFeature f, Atlas atlas) {
    StringBuilder b = new StringBuilder();
    b.append("<b style='font-size:120%'>")
        .append(escape(f.name()))
        .append("</b> &nbsp;<i>")
        .append(escape(layerLabel(f)))
        .append("</i>");
    b.append("<br>Source: ")
        .append(SourceLinks.html(f.provenance().source(), atlas.bibliography()));
    b.append("<table cellpadding='1' cellspacing='0'>");
    names(f).ifPresent(n -> names(b, n));
    typed(b, f, atlas);
    measure(f.geometry()).ifPresent(m -> row(b, m[0], escape(m[1])));
    row(b, "Valid", escape(FeatureText.validity(f.validity())));
    for (DatedName n : atlas.datedNames(f.id())) {
      row(
          b,
          "Earlier name",
          escape(n.names().english() + " (" + FeatureText.validity(n.validity()) + ")"));
    }
    b.append("</table>");
    figures(f)
        .filter(fs -> !fs.isEmpty())
        .ifPresent(
            fs ->
                b.append("<p><b>Figures</b>")
                    .append(FigureTable.html(fs.all(), atlas.bibliography()))
                    .append("</p>"));
    b.append("<p>Licence: ").append(escape(f.provenance().license())).append("</p>");
    b.append(HtmlPane.details("Id: <code>" + escape(f.id()) + "</code>"));
    return b.toString();
  }

  /**
   * The measure of a geometry as a label and a text: {@code ["Length", "148.2 km (geodesic,
   * WGS84)"]}, {@code ["Area", "…"]} or {@code ["Position", "44.1956° N, 80.3694° E"]}; empty for
   * no geometry.
   */
  public static Optional<String[]> measure(Geometry g) {
    if (g == null || g.isEmpty()) {
      return Optional.empty();
    }
    if (g instanceof Point p) {
      return Optional.of(new String[] {"Position", FeatureText.latLon(p.getY(), p.getX())});
    }
    if (g instanceof Lineal) {
      double km = GeodesicMeasure.lengthMetres(g) / 1000;
      return Optional.of(
          new String[] {"Length", FeatureText.number(km, 1) + " km (geodesic, WGS84)"});
    }
    if (g instanceof Polygonal) {
      double km2 = GeodesicMeasure.areaSquareMetres(g) / 1e6;
      double km = GeodesicMeasure.perimeterMetres(g) / 1000;
      return Optional.of(
          new String[] {
            "Area",
            FeatureText.number(km2, km2 < 100 ? 2 : 0)
                + " km², perimeter "
                + FeatureText.number(km, 1)
                + " km (geodesic, WGS84)"
          });
    }
    return Optional.empty();
  }

  private static void typed(StringBuilder b, AtlasFeature f, Atlas atlas) {
    if (f instanceof Border border) {
      row(b, "Segments", Integer.toString(border.segments().size()));
      for (SegmentKind k : SegmentKind.values()) {
        double m = border.segments(k).stream().mapToDouble(BorderSegment::lengthMetres).sum();
        if (m > 0) {
          row(b, "Border " + kind(k), escape(FeatureText.number(m / 1000, 1) + " km by chainage"));
        }
      }
    } else if (f instanceof BorderSegment s) {
      row(b, "Kind", escape(kind(s.kind())));
      s.waterbody().ifPresent(w -> row(b, "Follows", escape(w)));
      row(
          b,
          "Chainage",
          escape(
              FeatureText.number(s.startChainageMetres() / 1000, 1)
                  + " to "
                  + FeatureText.number(s.endChainageMetres() / 1000, 1)
                  + " km from the China–Russia–Kazakhstan tripoint"));
      if (!s.evidence().isBlank()) {
        row(b, "Evidence", escape(s.evidence()));
      }
    } else if (f instanceof River r) {
      row(b, "Flows from China into Kazakhstan", r.transboundary() ? "yes" : "no");
      r.outflowId().ifPresent(id -> row(b, "Flows into", escape(nameOf(id, atlas))));
    } else if (f instanceof Place p) {
      row(b, "Kind", escape(words(p.kind().name())));
      p.kazakhstanSideName().ifPresent(n -> row(b, "Kazakh side", escape(n)));
      p.chinaSideName().ifPresent(n -> row(b, "Chinese side", escape(n)));
      row(b, "Accuracy", escape(accuracy(p.accuracy())));
      p.opened().ifPresent(d -> row(b, "Opened", escape(FeatureText.date(d))));
      p.note().ifPresent(n -> row(b, "Note", escape(n)));
    } else if (f instanceof DisputedSector s) {
      s.treatyPoints().ifPresent(t -> row(b, "Border points", escape(t)));
      s.settledById().ifPresent(id -> row(b, "Settled by", escape(settledBy(id, atlas))));
      if (s.locationAccuracy() != null) {
        row(b, "Accuracy", escape(accuracy(s.locationAccuracy())));
      } else if (s.location() == null) {
        row(b, "Location", "no source places it");
      }
      s.note().ifPresent(n -> row(b, "Note", escape(n)));
    } else if (f instanceof TimelineEntry e) {
      row(b, "Date", escape(FeatureText.date(e.date())));
      row(b, "Kind", escape(words(e.kind().name())));
      e.placeName().ifPresent(n -> row(b, "Place", escape(n)));
      if (!e.parties().isEmpty()) {
        row(b, "Parties", escape(String.join(", ", e.parties())));
      }
      if (!e.concerns().isEmpty()) {
        row(
            b,
            "Concerns",
            escape(String.join(", ", e.concerns().stream().map(id -> nameOf(id, atlas)).toList())));
      }
      if (!e.summary().isBlank()) {
        row(b, "Summary", escape(e.summary()));
      }
    } else if (f instanceof Country c) {
      row(b, "ISO 3166 code", escape(c.isoA3()));
    }
  }

  private static Optional<Names> names(AtlasFeature f) {
    if (f instanceof River r) {
      return Optional.of(r.names());
    } else if (f instanceof Lake l) {
      return Optional.of(l.names());
    } else if (f instanceof Place p) {
      return Optional.of(p.names());
    } else if (f instanceof DisputedSector s) {
      return Optional.of(s.names());
    } else if (f instanceof Country c) {
      return Optional.of(c.names());
    }
    return Optional.empty();
  }

  private static void names(StringBuilder b, Names n) {
    row(b, "English", escape(n.english()));
    row(b, "Kazakh", escape(n.kazakh().orElse("not known")));
    row(b, "Chinese", escape(n.chinese().orElse("not known")));
    row(b, "Russian", escape(n.russian().orElse("not known")));
  }

  private static Optional<Figures> figures(AtlasFeature f) {
    if (f instanceof River r) {
      return Optional.of(r.figures());
    } else if (f instanceof Lake l) {
      return Optional.of(l.figures());
    } else if (f instanceof DisputedSector s) {
      return Optional.of(s.figures());
    }
    return Optional.empty();
  }

  private static String settledBy(String id, Atlas atlas) {
    return atlas
        .find(id, TimelineEntry.class)
        .map(e -> e.title() + " (" + FeatureText.date(e.date()) + ")")
        .orElse(id);
  }

  private static String nameOf(String id, Atlas atlas) {
    return atlas.find(id).map(AtlasFeature::name).orElse(id);
  }

  /** "within 5,000 m (basis)". */
  static String accuracy(PositionAccuracy a) {
    return "within " + FeatureText.number(a.radiusMetres(), 0) + " m (" + a.basis() + ")";
  }

  private static String layerLabel(AtlasFeature f) {
    return words(f.layer().name());
  }

  private static String kind(SegmentKind k) {
    return BorderKindWords.phrase(k);
  }

  private static String words(String enumName) {
    String s = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static void row(StringBuilder b, String label, String valueHtml) {
    b.append("<tr><td valign='top'><i>")
        .append(escape(label))
        .append("</i>&nbsp;</td><td>")
        .append(valueHtml)
        .append("</td></tr>");
  }
}
