package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The legacy {@code crs} member of GeoJSON 2008, which RFC 7946 §4 removed: coordinates are always
 * WGS84 lon/lat, and readers ignore {@code crs}. {@link #read} takes its name ({@code
 * properties.name} of a {@code "name"} crs, {@code properties.href} of a {@code "link"} one) and
 * notes it; {@link #isCrs84} says whether the name means the RFC 7946 default, OGC CRS84. Thread-
 * safe: stateless.
 */
public final class LegacyCrs {

  /** Names of OGC CRS84 (WGS84 lon/lat), compared ignoring case. */
  private static final Set<String> CRS84 =
      Set.of(
          "urn:ogc:def:crs:ogc:1.3:crs84",
          "urn:ogc:def:crs:ogc::crs84",
          "http://www.opengis.net/def/crs/ogc/1.3/crs84",
          "https://www.opengis.net/def/crs/ogc/1.3/crs84",
          "ogc:crs84",
          "crs:84",
          "crs84");

  private LegacyCrs() {}

  /** Whether {@code name} names OGC CRS84, the only CRS of RFC 7946. */
  public static boolean isCrs84(String name) {
    return name != null && CRS84.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Reads the {@code crs} value at the current token and notes it.
   *
   * @return its name, {@code ""} when it names none ({@code null} or an unusual shape)
   */
  static String read(ParseSession session, PropertyParser values) throws IOException {
    JsonLocation at = session.parser.currentTokenLocation();
    String path = JsonPaths.of(session.parser.getParsingContext());
    String name = "";
    if (session.parser.currentToken() == JsonToken.START_OBJECT) {
      Map<String, Object> crs = values.parse();
      if (crs.get("properties") instanceof Map<?, ?> props) {
        Object n = props.get("name") != null ? props.get("name") : props.get("href");
        name = n == null ? "" : String.valueOf(n);
      }
    } else {
      session.parser.skipChildren();
    }
    String what =
        name.isEmpty()
            ? "a \"crs\" member without a name"
            : "a \"crs\" member naming \"" + name + "\"";
    session.noteAt(
        isCrs84(name) ? ReadNote.CRS : ReadNote.CRS_NOT_CRS84,
        what
            + ": crs is legacy GeoJSON 2008, RFC 7946 §4 removed it and readers ignore it;"
            + (isCrs84(name)
                ? " it names CRS84, which is what RFC 7946 coordinates are anyway"
                : " coordinates are read as WGS84 lon/lat whatever it says"),
        at,
        path);
    return name;
  }
}
