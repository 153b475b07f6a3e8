package io.github.borderatlas.viewer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.borderatlas.core.analysis.BorderStretch;
import io.github.borderatlas.core.analysis.CrossingPoint;
import io.github.borderatlas.core.analysis.DisputeShares;
import io.github.borderatlas.core.analysis.LengthReconciliation;
import io.github.borderatlas.core.analysis.RiverAtBorder;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.viewer.layers.Attribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Prints a {@link StatsReport} as one JSON object (Jackson streaming): {@code border_lengths},
 * {@code river_crossings} (each river's {@code crossings} and the stretches where it runs {@code
 * along_border}), {@code disputes}, {@code sources}, {@code attribution}. Lengths in km, areas in
 * km², absent values as {@code null}. Stateless.
 */
final class StatsJson {

  private static final JsonFactory JSON = new JsonFactory();

  private StatsJson() {}

  static void print(StatsReport r, Writer out) {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("border_lengths");
      for (LengthReconciliation.Row row : r.lengths().rows()) {
        g.writeStartObject();
        g.writeStringField("quantity", row.quantity());
        g.writeStringField("label", row.label());
        g.writeNumberField("measured_km", round(row.measuredKm(), 3));
        number(g, "published_km", row.publishedKm());
        number(g, "difference_km", row.differenceKm());
        number(g, "difference_percent", row.differencePercent());
        g.writeStringField("source", row.source());
        if (row.publishedFigure().isPresent()) {
          g.writeStringField(
              "confidence", row.published().confidence().name().toLowerCase(Locale.ROOT));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("river_crossings");
      for (RiverAtBorder rc : r.crossings().rivers()) {
        g.writeStartObject();
        g.writeStringField("river", rc.riverId());
        g.writeStringField("name", rc.riverName());
        g.writeBooleanField("transboundary", rc.transboundary());
        g.writeNumberField("river_length_km", round(rc.riverLengthMetres() / 1000, 3));
        g.writeStringField("direction", rc.direction().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("crossings");
        for (CrossingPoint c : rc.crossings()) {
          g.writeStartObject();
          g.writeNumberField("lon", round(c.lon(), 6));
          g.writeNumberField("lat", round(c.lat(), 6));
          g.writeNumberField("border_chainage_km", round(c.borderChainageMetres() / 1000, 3));
          g.writeNumberField("upstream_km", round(c.upstreamLengthMetres() / 1000, 3));
          g.writeNumberField("downstream_km", round(c.downstreamLengthMetres() / 1000, 3));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("along_border");
        for (BorderStretch s : rc.alongBorder()) {
          g.writeStartObject();
          g.writeNumberField("length_km", round(s.riverLengthMetres() / 1000, 3));
          g.writeNumberField("border_from_km", round(s.borderFromMetres() / 1000, 3));
          g.writeNumberField("border_to_km", round(s.borderToMetres() / 1000, 3));
          g.writeNumberField("river_from_km", round(s.riverFromMetres() / 1000, 3));
          g.writeNumberField("river_to_km", round(s.riverToMetres() / 1000, 3));
          g.writeStringField("from_side", s.fromSide().name().toLowerCase(Locale.ROOT));
          g.writeStringField("to_side", s.toSide().name().toLowerCase(Locale.ROOT));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("disputes");
      for (DisputeShares.Row row : r.disputes().rows()) {
        g.writeStartObject();
        g.writeStringField("source", row.source());
        g.writeStringField("confidence", row.confidence().name().toLowerCase(Locale.ROOT));
        number(g, "total_km2", row.totalKm2());
        share(g, "china", row.china());
        share(g, "kazakhstan", row.kazakhstan());
        g.writeArrayFieldStart("figures");
        for (Figure f : row.figures()) {
          g.writeStartObject();
          g.writeStringField("quantity", f.quantity());
          g.writeNumberField("value", f.value());
          g.writeStringField("unit", f.unit().symbol());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (StatsReport.SourceCount s : r.sources()) {
        g.writeStartObject();
        g.writeStringField("source", s.source());
        g.writeStringField("license", s.license());
        g.writeNumberField("features", s.features());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("attribution", Attribution.TEXT);
      g.writeEndObject();
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void share(JsonGenerator g, String name, DisputeShares.Share s)
      throws IOException {
    g.writeObjectFieldStart(name);
    number(g, "km2", s.km2());
    g.writeBooleanField("km2_published", s.km2Published());
    number(g, "percent", s.percent());
    g.writeBooleanField("percent_published", s.percentPublished());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, round(v.getAsDouble(), 3));
    } else {
      g.writeNullField(name);
    }
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }
}
