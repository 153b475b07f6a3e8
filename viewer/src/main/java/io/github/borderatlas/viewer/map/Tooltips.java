package io.github.borderatlas.viewer.map;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Validity;
import io.github.borderatlas.viewer.draw.BorderKindWords;
import java.util.Locale;

/** The short hover text of a feature: name, what it is, when it applies. Stateless. */
public final class Tooltips {

  private Tooltips() {}

  /** HTML tooltip text for a feature of the atlas or of an added layer. */
  public static String text(MapFeature f) {
    if (f instanceof MapFeature.OfAtlas a) {
      return text(a.feature());
    }
    return "<html><b>"
        + escape(f.name())
        + "</b><br>"
        + escape(f.layerTitle())
        + "<br><i>click for details</i></html>";
  }

  /** HTML tooltip text for an atlas feature. */
  public static String text(AtlasFeature f) {
    StringBuilder sb = new StringBuilder("<html><b>").append(escape(f.name())).append("</b><br>");
    sb.append(escape(kind(f)));
    Validity v = f.validity();
    if (v.from().isPresent() || v.to().isPresent()) {
      sb.append("<br>valid ")
          .append(v.from().map(Object::toString).orElse("…"))
          .append(" to ")
          .append(v.to().map(Object::toString).orElse("today"));
    }
    return sb.append("<br><i>click for details</i></html>").toString();
  }

  /** What a feature is, in words: "border along a river (Khorgos)", "border crossing". */
  public static String kind(AtlasFeature f) {
    if (f instanceof BorderSegment s) {
      String k = "border " + BorderKindWords.phrase(s.kind());
      return s.waterbody().map(w -> k + " (" + w + ")").orElse(k);
    }
    if (f instanceof Place p) {
      return p.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (f instanceof River r) {
      return r.transboundary() ? "river from China into Kazakhstan" : "river";
    }
    return f.layer().id().replace('-', ' ');
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
