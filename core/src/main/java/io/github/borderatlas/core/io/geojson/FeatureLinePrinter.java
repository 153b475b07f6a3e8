package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Compact JSON with a line break before each element of the top-level {@code features} array and
 * before its closing bracket; everything else without whitespace. Not thread-safe: one per
 * generator.
 */
final class FeatureLinePrinter implements PrettyPrinter {

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    // nothing
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(':');
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
  }

  @Override
  public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (isFeatures(g.getOutputContext())) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(isFeatures(g.getOutputContext()) ? ",\n" : ",");
  }

  @Override
  public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
    g.writeRaw(nrOfValues > 0 && isFeatures(g.getOutputContext()) ? "\n]" : "]");
  }

  /** The array context of the root object's {@code features} member. */
  private static boolean isFeatures(JsonStreamContext array) {
    JsonStreamContext object = array.getParent();
    return object != null
        && object.getParent() != null
        && object.getParent().inRoot()
        && "features".equals(object.getCurrentName());
  }
}
