package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes JTS geometries as RFC 7946 geometry objects. Coordinates are written as raw JSON text (one
 * raw value per {@code coordinates} member, formatted by {@link FixedDecimal} into an ASCII byte
 * buffer that goes to the generator in chunks of about {@value #CHUNK} bytes, see {@link
 * RawBytes}); exterior rings counter-clockwise and holes clockwise whatever the input winding
 * (decided exactly on the ring as written, i.e. rounded, by {@link WrittenWinding}; a ring whose
 * rounded area is zero is written as given); a {@code z} ordinate is written when it is not NaN
 * (from 10^15 on with an exponent). Empty geometries get empty {@code coordinates} ({@code
 * geometries}); empty parts of multi-geometries are left out, since GeoJSON cannot represent them.
 * A {@link org.locationtech.jts.geom.LinearRing} is written as a LineString.
 *
 * <p>{@link #check} validates a geometry before anything is written (finite lon/lat within range, z
 * finite or NaN), so the output never holds half a feature. Not thread-safe: one per generator.
 */
final class GeometryWriter {

  private static final int CHUNK = 16 * 1024;
  private static final int ROOM = 2048;
  private static final double HUGE_Z = 1e15;

  private final JsonGenerator gen;
  private final int decimals;
  private final byte[] buf = new byte[CHUNK + ROOM];
  private final RawBytes raw = new RawBytes();
  private int pos;
  private boolean started;

  GeometryWriter(JsonGenerator gen, int decimals) {
    this.gen = gen;
    this.decimals = decimals;
  }

  /** Adds the envelope of every non-empty atomic part of {@code g} to {@code box}. */
  static void addParts(Geometry g, LonLatBox box) {
    if (g instanceof GeometryCollection) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        addParts(g.getGeometryN(i), box);
      }
    } else if (!g.isEmpty()) {
      Envelope env = g.getEnvelopeInternal();
      box.add(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
    }
  }

  /**
   * Checks that every coordinate can be written.
   *
   * @throws InvalidValue with a path relative to the geometry object, e.g. {@code
   *     .coordinates[0][2]}
   */
  static void check(Geometry g) {
    if (g instanceof GeometryCollection && !isMulti(g)) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        try {
          check(g.getGeometryN(i));
        } catch (InvalidValue e) {
          throw e.under(".geometries[" + i + "]");
        }
      }
      return;
    }
    try {
      checkCoordinates(g);
    } catch (InvalidValue e) {
      throw e.under(".coordinates");
    }
  }

  private static void checkCoordinates(Geometry g) {
    if (g instanceof Point p) {
      checkPositions(p.getCoordinateSequence(), true);
    } else if (g instanceof LineString l) {
      checkPositions(l.getCoordinateSequence(), false);
    } else if (g instanceof Polygon p) {
      checkPolygon(p);
    } else if (isMulti(g)) {
      int k = 0;
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (!part.isEmpty()) {
          try {
            checkCoordinates(part);
          } catch (InvalidValue e) {
            throw e.under("[" + k + "]");
          }
          k++;
        }
      }
    } else {
      throw new InvalidValue("unsupported geometry class " + g.getClass().getName());
    }
  }

  private static boolean isMulti(Geometry g) {
    return g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon;
  }

  private static void checkPolygon(Polygon p) {
    if (p.isEmpty()) {
      return;
    }
    for (int r = 0; r <= p.getNumInteriorRing(); r++) {
      LineString ring = r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
      try {
        checkPositions(ring.getCoordinateSequence(), false);
      } catch (InvalidValue e) {
        throw e.under("[" + r + "]");
      }
    }
  }

  private static void checkPositions(CoordinateSequence seq, boolean single) {
    int n = seq.size();
    for (int i = 0; i < n; i++) {
      double x = seq.getX(i);
      double y = seq.getY(i);
      double z = seq.getZ(i);
      String problem = null;
      if (!(x >= -180 && x <= 180)) {
        problem = "longitude " + x + " is not within [-180, 180]";
      } else if (!(y >= -90 && y <= 90)) {
        problem = "latitude " + y + " is not within [-90, 90]";
      } else if (Double.isInfinite(z)) {
        problem = "z " + z + " is not finite";
      }
      if (problem != null) {
        InvalidValue e = new InvalidValue(problem);
        throw single ? e : e.under("[" + i + "]");
      }
    }
  }

  /** Writes {@code g} (checked before) as a geometry object. */
  void write(Geometry g) throws IOException {
    gen.writeStartObject();
    if (g instanceof GeometryCollection && !isMulti(g)) {
      gen.writeStringField("type", "GeometryCollection");
      gen.writeFieldName("geometries");
      gen.writeStartArray();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        write(g.getGeometryN(i));
      }
      gen.writeEndArray();
      gen.writeEndObject();
      return;
    }
    gen.writeStringField("type", typeName(g));
    gen.writeFieldName("coordinates");
    begin();
    if (g instanceof Point p) {
      if (!p.isEmpty()) {
        position(p.getCoordinateSequence(), 0);
      } else {
        add('[');
        add(']');
      }
    } else if (g instanceof LineString l) {
      line(l.getCoordinateSequence(), false);
    } else if (g instanceof Polygon p) {
      polygon(p);
    } else {
      add('[');
      boolean first = true;
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Geometry part = g.getGeometryN(i);
        if (part.isEmpty()) {
          continue;
        }
        if (!first) {
          add(',');
        }
        first = false;
        if (part instanceof Point p) {
          position(p.getCoordinateSequence(), 0);
        } else if (part instanceof LineString l) {
          line(l.getCoordinateSequence(), false);
        } else {
          polygon((Polygon) part);
        }
      }
      add(']');
    }
    end();
    gen.writeEndObject();
  }

  /** Writes {@code [west,south,east,north]} of a non-empty box as a raw value. */
  void writeBox(LonLatBox box) throws IOException {
    begin();
    add('[');
    number(box.west());
    add(',');
    number(box.south());
    add(',');
    number(box.east());
    add(',');
    number(box.north());
    add(']');
    end();
  }

  private static String typeName(Geometry g) {
    if (g instanceof Point) {
      return "Point";
    } else if (g instanceof LineString) {
      return "LineString";
    } else if (g instanceof Polygon) {
      return "Polygon";
    } else if (g instanceof MultiPoint) {
      return "MultiPoint";
    } else if (g instanceof MultiLineString) {
      return "MultiLineString";
    } else {
      return "MultiPolygon";
    }
  }

  private void polygon(Polygon p) throws IOException {
    add('[');
    if (!p.isEmpty()) {
      ring(p.getExteriorRing().getCoordinateSequence(), true);
      for (int i = 0; i < p.getNumInteriorRing(); i++) {
        add(',');
        ring(p.getInteriorRingN(i).getCoordinateSequence(), false);
      }
    }
    add(']');
  }

  private void ring(CoordinateSequence seq, boolean exterior) throws IOException {
    int clockwise = WrittenWinding.sign(seq, decimals); // of the ring as written, i.e. rounded
    boolean reverse = exterior ? clockwise > 0 : clockwise < 0;
    line(seq, reverse);
  }

  private void line(CoordinateSequence seq, boolean reverse) throws IOException {
    add('[');
    int n = seq.size();
    for (int k = 0; k < n; k++) {
      position(seq, reverse ? n - 1 - k : k, k > 0);
    }
    add(']');
  }

  private void position(CoordinateSequence seq, int i) throws IOException {
    position(seq, i, false);
  }

  /** Writes {@code [x,y]} or {@code [x,y,z]}, after a comma if {@code comma}. */
  private void position(CoordinateSequence seq, int i, boolean comma) throws IOException {
    if (pos > CHUNK) {
      flush();
    }
    byte[] b = buf;
    int p = pos;
    if (comma) {
      b[p++] = ',';
    }
    b[p++] = '[';
    p = FixedDecimal.append(seq.getX(i), decimals, b, p);
    b[p++] = ',';
    p = FixedDecimal.append(seq.getY(i), decimals, b, p);
    double z = seq.getZ(i);
    if (!Double.isNaN(z)) {
      b[p++] = ',';
      p = Math.abs(z) < HUGE_Z ? FixedDecimal.append(z, decimals, b, p) : huge(z, b, p);
    }
    b[p++] = ']';
    pos = p;
  }

  /**
   * A z of 10^15 or more (not an elevation anyone measured, but finite) in Java's shortest
   * round-trip form with an exponent, e.g. {@code 1.0E40}: in plain digits it could exceed the
   * number length a reader accepts ({@link ReadLimits#maxNumberLength()}).
   */
  private static int huge(double z, byte[] b, int p) {
    String text = Double.toString(z);
    for (int k = 0; k < text.length(); k++) {
      b[p++] = (byte) text.charAt(k);
    }
    return p;
  }

  private void number(double v) {
    pos = FixedDecimal.append(v, decimals, buf, pos);
  }

  private void begin() {
    pos = 0;
    started = false;
  }

  private void add(char c) throws IOException {
    if (pos > CHUNK) {
      flush();
    }
    buf[pos++] = (byte) c;
  }

  private void flush() throws IOException {
    if (started) {
      gen.writeRaw(raw.of(buf, pos));
    } else {
      gen.writeRawValue(raw.of(buf, pos));
      started = true;
    }
    pos = 0;
  }

  private void end() throws IOException {
    flush();
  }
}
