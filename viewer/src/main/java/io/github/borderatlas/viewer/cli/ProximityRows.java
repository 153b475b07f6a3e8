package io.github.borderatlas.viewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.borderatlas.core.proximity.BorderMeasure;
import io.github.borderatlas.core.proximity.FeatureProximity;
import io.github.borderatlas.core.proximity.LonLat;
import io.github.borderatlas.core.proximity.NearestCrossing;
import io.github.borderatlas.core.text.TerminalText;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes {@link FeatureProximity} rows one at a time, as they are measured, in one of three forms:
 * an aligned text table (every cell terminal-safe, {@link TerminalText}), RFC 4180 CSV (CRLF line
 * ends) or a JSON array of objects. The fields, in order: {@code id, name, side,
 * distance_to_border_m, border_lon, border_lat, chainage_m, crosses, crossing_points,
 * nearest_crossing_id, nearest_crossing_name, nearest_crossing_distance_m}. Metres with 1 decimal,
 * degrees with 6 (about 0.1 m); a value that does not apply is empty (CSV, text) or {@code null}
 * (JSON). Crossing points are {@code "lon lat"} pairs joined by {@code "; "} (JSON: an array of
 * {@code [lon, lat]}).
 *
 * <p>Not thread-safe; one writer per output.
 */
final class ProximityRows implements Closeable {

  /** The output forms. */
  enum Format {
    TEXT,
    CSV,
    JSON
  }

  static final List<String> FIELDS =
      List.of(
          "id",
          "name",
          "side",
          "distance_to_border_m",
          "border_lon",
          "border_lat",
          "chainage_m",
          "crosses",
          "crossing_points",
          "nearest_crossing_id",
          "nearest_crossing_name",
          "nearest_crossing_distance_m");

  /** Minimum widths of the text columns, characters. */
  private static final int[] TEXT_WIDTHS = {16, 16, 10, 20, 11, 10, 12, 7, 15, 19, 21, 27};

  private static final JsonFactory JSON = new JsonFactory();

  private final Format format;
  private final Writer text;
  private final JsonGenerator json;

  ProximityRows(Format format, OutputStream out) throws IOException {
    this.format = format;
    if (format == Format.JSON) {
      this.text = null;
      this.json = JSON.createGenerator(out);
      json.useDefaultPrettyPrinter();
      json.writeStartArray();
    } else {
      this.json = null;
      this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      line(FIELDS);
    }
  }

  /** Writes one row. */
  void write(FeatureProximity p) throws IOException {
    if (format == Format.JSON) {
      writeJson(p);
    } else {
      line(cells(p));
    }
  }

  /** Ends the array (JSON) and flushes; the stream stays open. */
  void finish() throws IOException {
    if (json != null) {
      json.writeEndArray();
      json.writeRaw('\n');
      json.flush();
    } else {
      text.flush();
    }
  }

  @Override
  public void close() throws IOException {
    finish();
  }

  /** The row's cells as text, in {@link #FIELDS} order; "" where a value does not apply. */
  static List<String> cells(FeatureProximity p) {
    List<String> c = new ArrayList<>(FIELDS.size());
    c.add(p.id());
    c.add(p.name().orElse(""));
    c.add(p.side().words());
    Optional<BorderMeasure> m = p.measure();
    c.add(m.map(x -> metres(x.distanceMetres())).orElse(""));
    c.add(m.map(x -> degrees(x.nearestBorderPoint().lon())).orElse(""));
    c.add(m.map(x -> degrees(x.nearestBorderPoint().lat())).orElse(""));
    c.add(m.map(x -> metres(x.chainageMetres())).orElse(""));
    c.add(m.map(x -> x.meetsBorder() ? "yes" : "no").orElse(""));
    c.add(m.map(x -> points(x.borderPoints())).orElse(""));
    Optional<NearestCrossing> n = m.flatMap(BorderMeasure::nearestCrossing);
    c.add(n.map(NearestCrossing::id).orElse(""));
    c.add(n.map(NearestCrossing::name).orElse(""));
    c.add(n.map(x -> metres(x.distanceMetres())).orElse(""));
    return c;
  }

  private static String points(List<LonLat> points) {
    StringBuilder b = new StringBuilder();
    for (LonLat p : points) {
      b.append(b.length() == 0 ? "" : "; ").append(degrees(p.lon())).append(' ');
      b.append(degrees(p.lat()));
    }
    return b.toString();
  }

  private static String metres(double m) {
    return String.format(Locale.ROOT, "%.1f", m);
  }

  private static String degrees(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  private void line(List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (format == Format.CSV) {
        b.append(i == 0 ? "" : ",").append(CsvFields.field(cells.get(i)));
      } else {
        String cell = TerminalText.escape(cells.get(i));
        b.append(cell);
        if (i < cells.size() - 1) {
          b.append(" ".repeat(Math.max(1, TEXT_WIDTHS[i] - cell.length() + 1)));
        }
      }
    }
    b.append(format == Format.CSV ? "\r\n" : "\n");
    text.write(b.toString());
  }

  private void writeJson(FeatureProximity p) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", p.id());
    json.writeFieldName("name");
    if (p.name().isPresent()) {
      json.writeString(p.name().get());
    } else {
      json.writeNull();
    }
    json.writeStringField("side", p.side().words());
    Optional<BorderMeasure> m = p.measure();
    number("distance_to_border_m", m.map(BorderMeasure::distanceMetres), 1);
    number("border_lon", m.map(x -> x.nearestBorderPoint().lon()), 6);
    number("border_lat", m.map(x -> x.nearestBorderPoint().lat()), 6);
    number("chainage_m", m.map(BorderMeasure::chainageMetres), 1);
    json.writeFieldName("crosses");
    if (m.isPresent()) {
      json.writeBoolean(m.get().meetsBorder());
    } else {
      json.writeNull();
    }
    json.writeFieldName("crossing_points");
    json.writeStartArray();
    for (LonLat ll : m.map(BorderMeasure::borderPoints).orElse(List.of())) {
      json.writeStartArray();
      json.writeNumber(degrees(ll.lon()));
      json.writeNumber(degrees(ll.lat()));
      json.writeEndArray();
    }
    json.writeEndArray();
    Optional<NearestCrossing> n = m.flatMap(BorderMeasure::nearestCrossing);
    string("nearest_crossing_id", n.map(NearestCrossing::id));
    string("nearest_crossing_name", n.map(NearestCrossing::name));
    number("nearest_crossing_distance_m", n.map(NearestCrossing::distanceMetres), 1);
    json.writeEndObject();
  }

  private void string(String field, Optional<String> v) throws IOException {
    json.writeFieldName(field);
    if (v.isPresent()) {
      json.writeString(v.get());
    } else {
      json.writeNull();
    }
  }

  private void number(String field, Optional<Double> v, int decimals) throws IOException {
    json.writeFieldName(field);
    if (v.isPresent()) {
      json.writeNumber(String.format(Locale.ROOT, "%." + decimals + "f", v.get()));
    } else {
      json.writeNull();
    }
  }
}
