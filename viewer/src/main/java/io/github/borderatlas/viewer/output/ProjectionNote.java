package io.github.borderatlas.viewer.output;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.layers.GraticulePainter;
import java.util.HashMap;
import java.util.Map;

/**
 * The projection named in words for a map's margin, from the PROJ parameters in the projection's
 * {@link MapProjection#description()}: an Albers projection ({@code +proj=aea}) reads "Albers
 * equal-area conic, standard parallels 43°N and 49°N, central meridian 81°E, latitude of origin
 * 46°N, WGS84 ellipsoid". Other projections give their PROJ string ("PROJ +proj=utm +zone=44 …"),
 * or their description when it holds none. Stateless.
 */
public final class ProjectionNote {

  private ProjectionNote() {}

  /** The projection in words. */
  public static String of(MapProjection projection) {
    String d = projection.description();
    Map<String, String> p = parameters(d);
    if (!"aea".equals(p.get("proj"))) {
      int at = d.indexOf("+proj=");
      return at < 0 ? d : "PROJ " + d.substring(at).replace(")", "").strip();
    }
    StringBuilder sb = new StringBuilder("Albers equal-area conic");
    if (p.containsKey("lat_1") && p.containsKey("lat_2")) {
      sb.append(", standard parallels ")
          .append(degrees(p.get("lat_1"), false))
          .append(" and ")
          .append(degrees(p.get("lat_2"), false));
    }
    if (p.containsKey("lon_0")) {
      sb.append(", central meridian ").append(degrees(p.get("lon_0"), true));
    }
    if (p.containsKey("lat_0")) {
      sb.append(", latitude of origin ").append(degrees(p.get("lat_0"), false));
    }
    String ellps = p.getOrDefault("ellps", p.get("datum"));
    if (ellps != null) {
      sb.append(", ").append(ellps).append(" ellipsoid");
    }
    return sb.toString();
  }

  /** The {@code +key=value} pairs of a PROJ string found anywhere in {@code text}. */
  static Map<String, String> parameters(String text) {
    Map<String, String> out = new HashMap<>();
    for (String token : text.split("[\\s()]+")) {
      if (token.startsWith("+") && token.indexOf('=') > 1) {
        int eq = token.indexOf('=');
        out.put(token.substring(1, eq), token.substring(eq + 1));
      }
    }
    return out;
  }

  /** "43°N", "81.5°E" from a PROJ number (as the graticule writes it); the text if not a number. */
  static String degrees(String value, boolean longitude) {
    try {
      return GraticulePainter.format(Double.parseDouble(value), longitude);
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
