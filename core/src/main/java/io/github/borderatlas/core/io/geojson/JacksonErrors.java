package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link GeoJsonException}s at the parser's place (file, line,
 * column, JSON path), in words for our users. One per {@link FeatureStream}; not thread-safe.
 */
final class JacksonErrors {

  private final ParseSession session;
  private final JsonParser p;

  JacksonErrors(ParseSession session, JsonParser p) {
    this.session = session;
    this.p = p;
  }

  /**
   * A Jackson limit, with the real length where Jackson gives only how far it read: a string that
   * starts within the last {@value CharColumns#WINDOW} bytes is counted from its opening to its
   * closing quote (reading on through the input); a longer one, and a name, say "at least" what
   * Jackson read.
   */
  GeoJsonException limit(StreamConstraintsException e) {
    String m = e.getOriginalMessage();
    Matcher string = STRING_LENGTH.matcher(m == null ? "" : m);
    Matcher name = NAME_LENGTH.matcher(m == null ? "" : m);
    if (string.lookingAt()) {
      // the string token is the current one (Jackson reads its text lazily): count from its quote
      long real = session.stringLength(p.currentTokenLocation().getByteOffset() + 1);
      String length = real < 0 ? "at least " + string.group(1) : String.valueOf(real);
      return jackson(e, "String value length (" + length + ")" + m.substring(string.end()));
    }
    if (name.lookingAt()) {
      return jackson(e, "Name length (at least " + name.group(1) + ")" + m.substring(name.end()));
    }
    return jackson(e);
  }

  private static final Pattern STRING_LENGTH = Pattern.compile("String value length \\((\\d+)\\)");
  private static final Pattern NAME_LENGTH = Pattern.compile("Name length \\((\\d+)\\)");

  GeoJsonException jackson(JsonProcessingException e) {
    return jackson(e, e.getOriginalMessage());
  }

  private GeoJsonException jackson(JsonProcessingException e, String message) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    String path = JsonPaths.of(p.getParsingContext());
    return session.errorAt(clean(message), loc, path, e);
  }

  /**
   * Rewords Jackson's messages for our users: limits named as {@link ReadLimits} methods, no advice
   * to enable Jackson features, no "[Source: REDACTED ...; " noise.
   */
  static String clean(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    String nonStandard = "Non-standard token '";
    if (message.startsWith(nonStandard)) {
      int end = message.indexOf('\'', nonStandard.length());
      String token = end < 0 ? "?" : message.substring(nonStandard.length(), end);
      return "'" + token + "' is not a JSON number";
    }
    String from = "from `StreamReadConstraints.getM";
    int f = message.indexOf(from);
    if (f >= 0) {
      int end = message.indexOf("()`", f);
      if (end > 0) {
        message =
            message.substring(0, f)
                + "ReadLimits.m"
                + message.substring(f + from.length(), end)
                + message.substring(end + 3);
      }
    }
    String marker = "[Source: ";
    int i = message.indexOf(marker);
    while (i >= 0) {
      int semi = message.indexOf("; ", i);
      if (semi < 0) {
        break;
      }
      message = message.substring(0, i + 1) + message.substring(semi + 2);
      i = message.indexOf(marker);
    }
    return message;
  }
}
