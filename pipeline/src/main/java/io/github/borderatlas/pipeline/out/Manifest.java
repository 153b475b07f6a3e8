package io.github.borderatlas.pipeline.out;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.borderatlas.pipeline.PipelineException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provenance manifest of the generated resources ({@code MANIFEST.json}): each input with its
 * registry, package, version, file, SHA-256 and licence; the tool's parameters; each output with
 * its SHA-256, size and feature count; and the measurement report. No timestamps and a fixed member
 * order, so that the same run gives the same bytes. Immutable.
 *
 * @param inputs the pinned inputs
 * @param parameters the tool's parameters, in a stable order (values: strings, numbers, lists)
 * @param outputs the generated files
 * @param report what was measured, one line each
 */
public record Manifest(
    List<Input> inputs, Map<String, Object> parameters, List<Output> outputs, List<String> report) {

  public Manifest {
    inputs = List.copyOf(inputs);
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    outputs = List.copyOf(outputs);
    report = List.copyOf(report);
  }

  /**
   * A pinned input.
   *
   * @param name what it is used for, e.g. "border and countries"
   * @param registry "npm" or "debian"
   * @param pkg the package name
   * @param version the exact version
   * @param file the file hashed (a tarball, or an installed data file)
   * @param sha256 its SHA-256
   * @param license the licence of the data
   */
  public record Input(
      String name,
      String registry,
      String pkg,
      String version,
      String file,
      String sha256,
      String license) {}

  /**
   * A generated file.
   *
   * @param file the file name
   * @param sha256 its SHA-256
   * @param bytes its size
   * @param features its number of features
   */
  public record Output(String file, String sha256, long bytes, long features) {}

  /**
   * Reads inputs from tab-separated lines {@code name registry package version file sha256
   * licence}; blank lines and lines starting with {@code #} are skipped.
   */
  public static List<Input> readInputs(Path tsv) {
    List<Input> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PipelineException("cannot read: " + e.getMessage(), tsv.toString(), -1, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\t", -1);
      if (c.length != 7) {
        throw new PipelineException(
            "expected 7 tab-separated columns, got " + c.length,
            String.valueOf(tsv.getFileName()),
            i + 1);
      }
      out.add(new Input(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
    }
    return out;
  }

  /** The manifest as pretty-printed UTF-8 JSON ending in a newline. */
  public byte[] toJson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      DefaultPrettyPrinter pp =
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeStringField("dataset", "BorderAtlas geodata: border, rivers, lakes, countries");
      g.writeStringField("generator", "borderatlas-pipeline (geodata/rebuild.sh)");
      g.writeArrayFieldStart("inputs");
      for (Input in : inputs) {
        g.writeStartObject();
        g.writeStringField("name", in.name());
        g.writeStringField("registry", in.registry());
        g.writeStringField("package", in.pkg());
        g.writeStringField("version", in.version());
        g.writeStringField("file", in.file());
        g.writeStringField("sha256", in.sha256());
        g.writeStringField("license", in.license());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName("parameters");
      writeValue(g, parameters);
      g.writeArrayFieldStart("outputs");
      for (Output o : outputs) {
        g.writeStartObject();
        g.writeStringField("file", o.file());
        g.writeStringField("sha256", o.sha256());
        g.writeNumberField("bytes", o.bytes());
        g.writeNumberField("features", o.features());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("report");
      for (String r : report) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer || v instanceof Long) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("unsupported manifest value " + v.getClass());
    }
  }
}
