package io.github.borderatlas.viewer.panels;

import static io.github.borderatlas.viewer.panels.HtmlPane.escape;

import io.github.borderatlas.viewer.map.AddedFeature;

/**
 * The details of a feature of a layer the user added, as an HTML fragment for the {@link
 * DetailsPanel}: its name ({@link AddedFeature#name()}) and its layer's title, then every attribute
 * of the file, the names first ({@link AddedFeature#attributeKeys()}); its id, the layer's id and
 * its position in the file go to the collapsed "Details" block. Text from the file is escaped, so
 * it is never read as HTML. Stateless and thread-safe.
 */
public final class AddedFeatureDetails {

  private AddedFeatureDetails() {}

  /** The details of {@code f}. */
  public static String html(AddedFeature f) {
    StringBuilder b = new StringBuilder();
    b.append("<b style='font-size:120%'>")
        .append(escape(f.name()))
        .append("</b> &nbsp;<i>")
        .append(escape(f.layerTitle()))
        .append("</i>");
    b.append("<table cellpadding='1' cellspacing='0'>");
    var properties = f.feature().properties();
    for (String key : f.attributeKeys()) {
      FeatureDetails.row(b, key, escape(String.valueOf(properties.get(key))));
    }
    b.append("</table>");
    if (properties.isEmpty()) {
      b.append("<p><i>No attributes.</i></p>");
    }
    String id = f.feature().id();
    b.append(
        HtmlPane.details(
            (id == null ? "No id" : "Id: <code>" + escape(id) + "</code>")
                + "<br>Feature "
                + (f.index() + 1)
                + " of layer <code>"
                + escape(f.layerId())
                + "</code>"));
    return b.toString();
  }
}
