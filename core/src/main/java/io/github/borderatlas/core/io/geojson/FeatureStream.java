package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The features of one GeoJSON input, read one at a time: memory is bounded by the largest feature,
 * not by the file. The input may be a FeatureCollection (its features), a Feature (one feature) or
 * a bare geometry (one feature with {@code null} id and no properties). Members may come in any
 * order; {@code bbox} members are checked and {@code crs} is read (both reported as {@link
 * ReadNote}s, see {@link #takeNotes()} and {@link #crs()}); other foreign members are skipped.
 * Features rejected by the {@link ReadOptions} filters are left out.
 *
 * <p>Errors: {@link #hasNext()} and {@link #next()} throw {@link GeoJsonException} naming the
 * source, line:column and JSON path; after one, the stream keeps throwing it. Obtained from {@link
 * GeoJsonReader#open}; close it (try-with-resources) to release the file.
 *
 * <p>Thread safety: not thread-safe.
 *
 * <pre>{@code
 * try (FeatureStream features = reader.open(path)) {
 *   while (features.hasNext()) {
 *     GeoJsonFeature f = features.next();
 *   }
 * }
 * }</pre>
 */
public final class FeatureStream implements Iterator<GeoJsonFeature>, Closeable {

  private enum State {
    START,
    ROOT,
    FEATURES,
    DONE
  }

  private enum RootKind {
    UNKNOWN,
    COLLECTION,
    FEATURE,
    GEOMETRY
  }

  private final ParseSession session;
  private final JsonParser p;
  private final JacksonErrors errors;
  private final FeatureParser features;
  private final Closeable source;
  private final FeatureParser.Parts rootFeature = new FeatureParser.Parts();
  private final GeometryParser.Parts rootGeometry = new GeometryParser.Parts();
  private State state = State.START;
  private RootKind rootKind = RootKind.UNKNOWN;
  private boolean featuresSeen;
  private GeoJsonFeature next;
  private GeoJsonException failure;
  private long returned;
  private long filtered;
  private boolean closed;
  private BboxMember rootBbox;
  private boolean rootBboxChecked;
  private final Envelope featuresEnvelope = new Envelope();
  private String crs;

  /**
   * @param source closed with the stream, or {@code null}
   */
  FeatureStream(ParseSession session, Closeable source) {
    this.session = session;
    this.p = session.parser;
    this.errors = new JacksonErrors(session, p);
    this.features = new FeatureParser(session);
    this.source = source;
  }

  /** The label of the input in error messages (a file name). */
  public String source() {
    return session.source;
  }

  /** Features returned by {@link #next()} so far. */
  public long count() {
    return returned;
  }

  /**
   * The notes made since the last call, in input order: what RFC 7946 forbids or discourages but
   * reading survives (see {@link ReadNote}). A note about a feature is made while it is read, so
   * after {@link #next()} the notes of the feature it returned are here (with those of the
   * collection's members read before it); the collection's own {@code bbox} and {@code crs} may
   * come after its features, then they are here once {@link #hasNext()} returned false. At most
   * {@value ParseSession#MAX_PENDING_NOTES} wait here; more are counted by {@link #droppedNotes()}.
   */
  public List<ReadNote> takeNotes() {
    List<ReadNote> out = List.copyOf(session.notes);
    session.notes.clear();
    return out;
  }

  /** Notes not kept because too many waited for {@link #takeNotes()}. */
  public long droppedNotes() {
    return session.droppedNotes;
  }

  /**
   * The name of the legacy {@code crs} member of the input's root object, as read so far ({@code
   * ""} when it names none), or empty when there was none. RFC 7946 removed {@code crs}; this
   * reader ignores it and reads coordinates as WGS84 lon/lat, so a caller may want to refuse or
   * report a name that is not CRS84 ({@link LegacyCrs#isCrs84}). The member may come after the
   * features; it is known for sure once {@link #hasNext()} returned false.
   */
  public Optional<String> crs() {
    return Optional.ofNullable(crs);
  }

  /**
   * The 1-based line where the feature last read starts (after {@link #next()}: the feature it
   * returned), or -1 before the first.
   */
  public long featureLine() {
    return session.featureLocation == null ? -1 : session.featureLocation.getLineNr();
  }

  /** The 1-based column (in characters) where the feature last read starts, or -1. */
  public long featureColumn() {
    return Math.abs(session.column(session.featureLocation));
  }

  /** The JSON path of the feature last read, e.g. {@code $.features[3]}, or {@code null}. */
  public String featurePath() {
    return session.featurePath;
  }

  /** Features read and dropped by the filters so far. */
  public long filtered() {
    return filtered;
  }

  /**
   * Whether another feature follows; reads ahead to it.
   *
   * @throws GeoJsonException on bad input or an I/O error
   */
  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw failure;
    }
    if (closed) {
      return false;
    }
    try {
      while (next == null && state != State.DONE) {
        next = advance();
      }
    } catch (GeoJsonException e) {
      throw fail(e);
    } catch (StreamConstraintsException e) {
      throw fail(errors.limit(e));
    } catch (JsonProcessingException e) {
      throw fail(errors.jackson(e));
    } catch (CharConversionException e) {
      throw fail(
          located("not valid JSON text (RFC 8259 §8.1 requires UTF-8): " + e.getMessage(), e));
    } catch (IOException e) {
      throw fail(located("cannot read: " + e, e));
    }
    return next != null;
  }

  /**
   * The next feature.
   *
   * @throws NoSuchElementException at the end
   * @throws GeoJsonException on bad input or an I/O error
   */
  @Override
  public GeoJsonFeature next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more features in " + session.source);
    }
    GeoJsonFeature f = next;
    next = null;
    returned++;
    return f;
  }

  /** The remaining features as a sequential stream; closing it closes this. */
  public Stream<GeoJsonFeature> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Releases the parser and the file it opened. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    next = null;
    try {
      p.close();
      if (source != null) {
        source.close();
      }
    } catch (IOException e) {
      throw new GeoJsonException("cannot close: " + e, session.source, -1, -1, null, e);
    }
  }

  /** One step; returns a feature or null (then the loop goes on unless DONE). */
  private GeoJsonFeature advance() throws IOException {
    switch (state) {
      case START:
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw session.error(
              "expected a GeoJSON object, found "
                  + (first == null ? "an empty input" : session.describeCurrent()));
        }
        session.startFeature();
        state = State.ROOT;
        return null;
      case ROOT:
        return root();
      case FEATURES:
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          state = State.ROOT;
          return null;
        }
        if (t != JsonToken.START_OBJECT) {
          throw session.error("expected a Feature object, found " + session.describeCurrent());
        }
        GeoJsonFeature f = features.parse();
        if (f == null) {
          filtered++;
        } else if (f.geometry() != null) {
          featuresEnvelope.expandToInclude(f.geometry().getEnvelopeInternal());
          if (rootBbox != null && !rootBboxChecked) {
            rootBboxChecked = rootBbox.checkContains(f.geometry(), session);
          }
        }
        return f;
      default:
        return null;
    }
  }

  /** Reads root members until the features array starts or the root ends. */
  private GeoJsonFeature root() throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("type")) {
        rootType();
      } else if (name.equals("bbox")) {
        rootBbox = BboxMember.read(session);
      } else if (name.equals("crs")) {
        crs = LegacyCrs.read(session, features.properties());
      } else if (name.equals("features")
          && (rootKind == RootKind.UNKNOWN || rootKind == RootKind.COLLECTION)) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw session.error("\"features\" must be an array, found " + session.describeCurrent());
        }
        featuresSeen = true;
        state = State.FEATURES;
        return null;
      } else if (!rootMember(name)) {
        p.skipChildren();
      }
    }
    state = State.DONE;
    GeoJsonFeature f = finishRoot();
    JsonToken after = p.nextToken();
    if (after != null) {
      throw session.error(
          "unexpected content after the GeoJSON object: " + session.describeCurrent());
    }
    if (f == null && rootKind != RootKind.COLLECTION) {
      filtered++;
    }
    return f;
  }

  private void rootType() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw session.error("\"type\" must be a string, found " + session.describeCurrent());
    }
    String type = p.getText();
    if (type.equals("FeatureCollection")) {
      rootKind = RootKind.COLLECTION;
    } else if (featuresSeen) {
      throw session.error(
          "an object with \"features\" must be a FeatureCollection, found \"" + type + "\"");
    } else if (!type.equals("Feature") && GeometryType.of(type) == null) {
      throw session.error(
          "unknown GeoJSON type \""
              + type
              + "\" (expected FeatureCollection, Feature or a geometry type; case-sensitive)");
    } else if (type.equals("Feature")) {
      rootKind = RootKind.FEATURE;
      rootFeature.typeSeen = true;
    } else {
      rootGeometry.type = features.geometries().type();
      rootKind = RootKind.GEOMETRY;
    }
  }

  private boolean rootMember(String name) throws IOException {
    switch (name) {
      case "id":
      case "geometry":
      case "properties":
        return (rootKind == RootKind.UNKNOWN || rootKind == RootKind.FEATURE)
            && features.member(name, rootFeature);
      case "coordinates":
      case "geometries":
        return (rootKind == RootKind.UNKNOWN || rootKind == RootKind.GEOMETRY)
            && features.geometries().member(name, rootGeometry);
      default:
        return false;
    }
  }

  private GeoJsonFeature finishRoot() {
    switch (rootKind) {
      case COLLECTION:
        if (!featuresSeen) {
          throw session.error("FeatureCollection has no \"features\" member");
        }
        if (rootBbox != null
            && !rootBboxChecked
            && !rootBbox.crossesAntimeridian()
            && !featuresEnvelope.isNull()) {
          // the bbox came after the features: their envelope's corners stand for them
          rootBbox.checkContains(session.factory.toGeometry(featuresEnvelope), session);
        }
        return null;
      case FEATURE:
        rootFeature.bbox = rootBbox;
        return features.finish(rootFeature);
      case GEOMETRY:
        Geometry g = features.geometries().finish(rootGeometry, "geometry");
        if (rootBbox != null) {
          rootBbox.checkContains(g, session);
        }
        return session.options.keepsProperties(Map.of())
                && session.options.keepsEnvelope(g.getEnvelopeInternal())
            ? new GeoJsonFeature(null, g, null)
            : null;
      default:
        throw session.error("GeoJSON object has no \"type\" member");
    }
  }

  private GeoJsonException fail(GeoJsonException e) {
    failure = e;
    next = null;
    state = State.DONE;
    return e;
  }

  /** An I/O error at the parser's current place. */
  private GeoJsonException located(String problem, IOException e) {
    return session.errorAt(problem, p.currentLocation(), JsonPaths.of(p.getParsingContext()), e);
  }
}
