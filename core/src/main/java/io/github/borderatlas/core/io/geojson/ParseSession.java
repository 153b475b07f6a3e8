package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The state shared by the parsers of one input: the Jackson parser, the source label, the options,
 * the per-feature budget (vertices, property values, bytes), the making of located errors and the
 * pending {@link ReadNote}s (bounded: beyond {@value #MAX_PENDING_NOTES} untaken ones, notes are
 * counted, not kept). Not thread-safe: one per {@link FeatureStream}.
 */
final class ParseSession {

  final JsonParser parser;
  final String source;
  final ReadOptions options;
  final ReadLimits limits;
  final GeometryFactory factory;

  /** Notes not yet taken, at most {@link #MAX_PENDING_NOTES}. */
  final List<ReadNote> notes = new ArrayList<>();

  /** Notes dropped because {@link #notes} was full. */
  long droppedNotes;

  static final int MAX_PENDING_NOTES = 1000;

  /** Where the feature being read (or last read) starts, and its JSON path. */
  JsonLocation featureLocation;

  String featurePath;

  private long featureStart;
  private int vertices;
  private int propertyValues;

  private final CharColumns columns;

  /**
   * @param columns the stream the parser reads, for character columns; {@code null} to report the
   *     parser's columns as they are
   */
  ParseSession(JsonParser parser, String source, ReadOptions options, CharColumns columns) {
    this.columns = columns;
    this.parser = parser;
    this.source = source;
    this.options = options;
    this.limits = options.limits();
    this.factory = options.geometryFactory();
  }

  /** Starts the budget of a feature whose first token is the current one. */
  void startFeature() {
    featureLocation = parser.currentTokenLocation();
    featurePath = JsonPaths.of(parser.getParsingContext());
    featureStart = offset(featureLocation);
    vertices = 0;
    propertyValues = 0;
  }

  /** Counts one position against {@link ReadLimits#maxVerticesPerFeature()}. */
  void countVertex() {
    if (++vertices > limits.maxVerticesPerFeature()) {
      throw limitError(
          "feature has more than "
              + limits.maxVerticesPerFeature()
              + " positions (ReadLimits.maxVerticesPerFeature)");
    }
  }

  /** Counts one property value against {@link ReadLimits#maxPropertyValues()}. */
  void countPropertyValue() {
    if (++propertyValues > limits.maxPropertyValues()) {
      throw limitError(
          "feature has more than "
              + limits.maxPropertyValues()
              + " property values (ReadLimits.maxPropertyValues)");
    }
  }

  /** Checks the feature's size so far against {@link ReadLimits#maxFeatureBytes()}. */
  void checkFeatureSize() {
    long now = offset(parser.currentLocation());
    if (now - featureStart > limits.maxFeatureBytes()) {
      throw limitError(
          "feature is larger than "
              + limits.maxFeatureBytes()
              + " bytes (ReadLimits.maxFeatureBytes)");
    }
  }

  private static long offset(JsonLocation loc) {
    long bytes = loc.getByteOffset();
    return bytes >= 0 ? bytes : loc.getCharOffset();
  }

  static boolean isNumber(JsonToken t) {
    return t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT;
  }

  /** Records a note at the current token, with the path of the parser's current context. */
  void note(String code, String message) {
    noteAt(code, message, parser.currentTokenLocation(), JsonPaths.of(parser.getParsingContext()));
  }

  /** Records a note at {@code location} and {@code path}. */
  void noteAt(String code, String message, JsonLocation location, String path) {
    if (notes.size() >= MAX_PENDING_NOTES) {
      droppedNotes++;
      return;
    }
    long line = location == null ? -1 : location.getLineNr();
    long column = column(location);
    notes.add(new ReadNote(code, message + inBytes(column), line, Math.abs(column), path));
  }

  /** An error at the current token, with the path of the parser's current context. */
  GeoJsonException error(String problem) {
    return errorAt(
        problem, parser.currentTokenLocation(), JsonPaths.of(parser.getParsingContext()));
  }

  /** An error at {@code location} and {@code path}. */
  GeoJsonException errorAt(String problem, JsonLocation location, String path) {
    return errorAt(problem, location, path, null);
  }

  /**
   * An error at {@code location} and {@code path} caused by {@code cause}: without a cause, a
   * broken GeoJSON rule ({@link GeoJsonStructureException}); with one, unreadable input (bad JSON,
   * I/O).
   */
  GeoJsonException errorAt(String problem, JsonLocation location, String path, Throwable cause) {
    long line = location == null ? -1 : location.getLineNr();
    long column = column(location);
    String text = problem + inBytes(column);
    return cause == null
        ? new GeoJsonStructureException(text, source, line, Math.abs(column), path)
        : new GeoJsonException(text, source, line, Math.abs(column), path, cause);
  }

  /** A {@link ReadLimits} limit reached at the current token: a plain {@link GeoJsonException}. */
  private GeoJsonException limitError(String problem) {
    JsonLocation location = parser.currentTokenLocation();
    long column = column(location);
    return new GeoJsonException(
        problem + inBytes(column),
        source,
        location.getLineNr(),
        Math.abs(column),
        JsonPaths.of(parser.getParsingContext()),
        null);
  }

  /**
   * The 1-based column of {@code location} in characters; negative (its magnitude in bytes) when
   * only the byte column is known; -1 without a location.
   */
  long column(JsonLocation location) {
    if (location == null) {
      return -1;
    }
    long column = Math.max(1, location.getColumnNr());
    if (columns == null || location.getByteOffset() < 0) {
      return column; // a character source: Jackson counts characters
    }
    long chars = columns.charColumn(location.getByteOffset(), column);
    return chars > 0 ? chars : -column;
  }

  /**
   * The length in characters of the string whose content starts at {@code byteOffset}, or -1 when
   * that start has left the window of {@link CharColumns} (or the input is not UTF-8 bytes).
   */
  long stringLength(long byteOffset) {
    try {
      return columns == null || byteOffset < 0 ? -1 : columns.stringCharsFrom(byteOffset);
    } catch (IOException e) {
      return -1;
    }
  }

  /** A note for a column that counts bytes (see {@link #column}), else nothing. */
  static String inBytes(long column) {
    return column < -1 ? " (column counted in bytes)" : "";
  }

  /** A short description of the current token for messages: {@code a string}, {@code 12.5}. */
  String describeCurrent() {
    JsonToken t = parser.currentToken();
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_ARRAY:
        return "the end of the array";
      case END_OBJECT:
        return "the end of the object";
      case VALUE_STRING:
        return "a string";
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      default:
        return t.toString();
    }
  }
}
