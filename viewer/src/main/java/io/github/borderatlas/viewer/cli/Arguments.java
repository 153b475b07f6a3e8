package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/** Parsing and checks of option values shared by the commands; failures are usage errors. */
final class Arguments {

  private Arguments() {}

  /** An ISO date {@code yyyy-MM-dd}. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw CliException.usage(
          "--date must be a date of the form yyyy-MM-dd, was \"" + text + "\"");
    }
  }

  /** A date at its precision: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  static PartialDate partialDate(String text) {
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(
          "--date must be a date of the form yyyy, yyyy-MM or yyyy-MM-dd, was \"" + text + "\"");
    }
  }

  /** Comma-separated layer ids ({@code border,river,...}). */
  static Set<Layer> layers(String text) {
    Set<Layer> out = EnumSet.noneOf(Layer.class);
    for (String part : text.split(",")) {
      String id = part.trim();
      if (id.isEmpty()) {
        continue;
      }
      try {
        out.add(Layer.fromId(id));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--layers: " + e.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw CliException.usage("--layers must name at least one layer");
    }
    return out;
  }

  /** {@code W,S,E,N} in degrees (lon, lat, lon, lat), west < east, south < north. */
  static Envelope bbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw CliException.usage("--bbox must be W,S,E,N in degrees, was \"" + text + "\"");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw CliException.usage("--bbox: \"" + parts[i].trim() + "\" is not a number");
      }
    }
    if (!(v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90)) {
      throw CliException.usage("--bbox must lie in lon [-180, 180], lat [-90, 90]: " + text);
    }
    if (!(v[0] < v[2] && v[1] < v[3])) {
      throw CliException.usage("--bbox needs west < east and south < north: " + text);
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }
}
