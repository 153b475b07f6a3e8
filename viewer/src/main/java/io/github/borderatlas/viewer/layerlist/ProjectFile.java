package io.github.borderatlas.viewer.layerlist;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.core.io.AtomicOutput;
import io.github.borderatlas.core.io.IoReasons;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A project file, {@code NAME.borderatlas.json}: the layer list (bottom first) with each layer's
 * visibility, opacity and style, and the added files' paths, relative to the project file's folder
 * when they can be (so a project and its data move together), else absolute.
 *
 * <pre>{@code
 * {"type": "BorderAtlasProject", "version": 1, "layers": [
 *   {"atlas": "countries", "visible": true, "opacity": 1.0},
 *   {"file": "data/rivers.geojson", "title": "rivers.geojson", "visible": true, "opacity": 0.8,
 *    "style": {"stroke": "#2e86ab", "strokeWidth": 1.6, "fill": null, "pointSymbol": "circle",
 *              "pointSize": 7.0, "labelField": "name"}}]}
 * }</pre>
 *
 * <p>Written atomically ({@link AtomicOutput}: the file appears complete or not at all). Reading
 * refuses a malformed file with a located message ({@link LayerFileException}). Stateless and
 * thread-safe.
 */
public final class ProjectFile {

  /** The suffix of project files. */
  public static final String SUFFIX = ".borderatlas.json";

  private static final String TYPE = "BorderAtlasProject";
  private static final JsonFactory JSON = new JsonFactory();

  private ProjectFile() {}

  /** Whether a path names a project file (by its suffix, ignoring case). */
  public static boolean isProject(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  /**
   * Writes the layers to {@code target}.
   *
   * @throws IOException when it cannot be written (nothing is left behind)
   */
  public static void write(Path target, List<LayerEntry> layers) throws IOException {
    Path folder = target.toAbsolutePath().normalize().getParent();
    try (AtomicOutput out = AtomicOutput.open(target)) {
      try (JsonGenerator g = JSON.createGenerator(out.stream(), JsonEncoding.UTF8)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("type", TYPE);
        g.writeNumberField("version", 1);
        g.writeArrayFieldStart("layers");
        for (LayerEntry e : layers) {
          writeLayer(g, ProjectLayer.of(e), folder);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.commit();
    }
  }

  private static void writeLayer(JsonGenerator g, ProjectLayer l, Path folder) throws IOException {
    g.writeStartObject();
    if (l.atlas() != null) {
      g.writeStringField("atlas", l.atlas().key());
    } else {
      g.writeStringField("file", relative(folder, l.file()));
      if (l.table() != null) {
        g.writeStringField("table", l.table());
      }
    }
    g.writeStringField("title", l.title());
    g.writeBooleanField("visible", l.visible());
    g.writeNumberField("opacity", l.opacity());
    if (l.style() != null) {
      LayerStyle s = l.style();
      g.writeObjectFieldStart("style");
      g.writeStringField("stroke", hex(s.stroke()));
      g.writeNumberField("strokeWidth", s.strokeWidthPx());
      g.writeStringField("fill", s.fill() == null ? null : hex(s.fill()));
      g.writeStringField("pointSymbol", s.pointSymbol().name().toLowerCase(Locale.ROOT));
      g.writeNumberField("pointSize", s.pointSizePx());
      g.writeStringField("labelField", s.labelField());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The path relative to the folder when it can be, else absolute; '/' separated. */
  static String relative(Path folder, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      Path root = abs.getRoot();
      if (folder != null && root != null && root.equals(folder.getRoot())) {
        return folder.relativize(abs).toString().replace(abs.getFileSystem().getSeparator(), "/");
      }
    } catch (IllegalArgumentException e) {
      // another root: keep it absolute
    }
    return abs.toString();
  }

  /**
   * Reads a project file.
   *
   * @return its layers, bottom first, files resolved against the project's folder
   * @throws LayerFileException when it cannot be read or is not a project file
   */
  public static List<ProjectLayer> read(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    Object root;
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = JSON.createParser(in)) {
      p.nextToken();
      root = value(p);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new LayerFileException(
          file
              + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new LayerFileException("cannot read " + file + ": " + IoReasons.reason(e), e);
    }
    if (!(root instanceof Map<?, ?> m) || !TYPE.equals(m.get("type"))) {
      throw new LayerFileException(
          file + ": not a BorderAtlas project (\"type\" is not " + TYPE + ")", null);
    }
    if (!(m.get("layers") instanceof List<?> layers)) {
      throw new LayerFileException(file + ": \"layers\" is not a list", null);
    }
    List<ProjectLayer> out = new ArrayList<>();
    for (int i = 0; i < layers.size(); i++) {
      try {
        out.add(layer(layers.get(i), folder));
      } catch (RuntimeException e) {
        throw new LayerFileException(file + " at $.layers[" + i + "]: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static ProjectLayer layer(Object o, Path folder) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("a layer is an object");
    }
    boolean visible = !Boolean.FALSE.equals(m.get("visible"));
    double opacity = m.get("opacity") instanceof Number n ? n.doubleValue() : 1.0;
    if (m.get("atlas") instanceof String key) {
      BundledLayer b =
          BundledLayer.byKey(key)
              .orElseThrow(() -> new IllegalArgumentException("unknown atlas layer " + key));
      return new ProjectLayer(b, null, b.label(), visible, opacity, null);
    }
    if (!(m.get("file") instanceof String path)) {
      throw new IllegalArgumentException("a layer names \"atlas\" or \"file\"");
    }
    Path file = folder == null ? Path.of(path) : folder.resolve(path).normalize();
    String title = m.get("title") instanceof String t ? t : String.valueOf(file.getFileName());
    LayerStyle style = m.get("style") instanceof Map<?, ?> s ? style(s) : null;
    String table = m.get("table") instanceof String t ? t : null;
    return new ProjectLayer(null, file, title, visible, opacity, style, table);
  }

  private static LayerStyle style(Map<?, ?> s) {
    Color stroke = colour(s.get("stroke"));
    if (stroke == null) {
      throw new IllegalArgumentException("a style needs a \"stroke\" colour #RRGGBB[AA]");
    }
    PointSymbol symbol =
        s.get("pointSymbol") instanceof String name
            ? PointSymbol.valueOf(name.toUpperCase(Locale.ROOT))
            : PointSymbol.CIRCLE;
    return new LayerStyle(
        stroke,
        number(s.get("strokeWidth"), 1.2f),
        colour(s.get("fill")),
        symbol,
        number(s.get("pointSize"), 7f),
        s.get("labelField") instanceof String f ? f : null);
  }

  private static float number(Object o, float fallback) {
    return o instanceof Number n ? n.floatValue() : fallback;
  }

  /** {@code #rrggbb}, or {@code #rrggbbaa} when not opaque. */
  static String hex(Color c) {
    String rgb = String.format(Locale.ROOT, "#%06x", c.getRGB() & 0xFFFFFF);
    return c.getAlpha() == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02x", c.getAlpha());
  }

  /** The colour of {@code #rrggbb} or {@code #rrggbbaa}; {@code null} for null. */
  static Color colour(Object o) {
    if (o == null) {
      return null;
    }
    String s = String.valueOf(o);
    if (!s.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
      throw new IllegalArgumentException("colour " + s + " is not #RRGGBB or #RRGGBBAA");
    }
    int rgb = Integer.parseInt(s.substring(1, 7), 16);
    int alpha = s.length() == 9 ? Integer.parseInt(s.substring(7), 16) : 255;
    return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
  }

  /** The JSON value at the current token as maps, lists, strings, numbers, booleans or null. */
  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IOException("empty file");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, value(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      default -> {
        return null;
      }
    }
  }
}
