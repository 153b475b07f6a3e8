package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A {@code bbox} member as read (RFC 7946 §5): {@code [west, south, east, north]} or {@code [west,
 * south, min z, east, north, max z]} in lon/lat degrees, where {@code west > east} means the box
 * crosses the antimeridian (§5.2). {@link #read} notes a bbox that is not an array, holds a
 * non-number or has another length; {@link #checkContains} notes a geometry position outside it.
 * Immutable once read; thread-safe.
 */
final class BboxMember {

  private final double[] values;
  private final JsonLocation location;
  private final String path;

  private BboxMember(double[] values, JsonLocation location, String path) {
    this.values = values;
    this.location = location;
    this.path = path;
  }

  /**
   * Reads the value at the current token (the member's value); notes what is wrong with it.
   *
   * @return the bbox, or {@code null} when it is unusable (then a note says why)
   */
  static BboxMember read(ParseSession session) throws IOException {
    JsonParser p = session.parser;
    JsonLocation at = p.currentTokenLocation();
    String path = JsonPaths.of(p.getParsingContext());
    if (p.currentToken() != JsonToken.START_ARRAY) {
      session.note(
          ReadNote.BBOX_INVALID,
          "\"bbox\" must be an array of 4 or 6 numbers, found " + session.describeCurrent());
      p.skipChildren();
      return null;
    }
    double[] values = new double[6];
    int n = 0;
    boolean numbers = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (ParseSession.isNumber(t)) {
        if (n < values.length) {
          values[n] = p.getDoubleValue();
        }
      } else if (numbers) {
        numbers = false;
        session.note(
            ReadNote.BBOX_INVALID,
            "\"bbox\" must hold numbers only, found " + session.describeCurrent());
        p.skipChildren();
      } else {
        p.skipChildren();
      }
      n++;
    }
    if (!numbers) {
      return null;
    }
    if (n != 4 && n != 6) {
      session.noteAt(
          ReadNote.BBOX_INVALID,
          "\"bbox\" has " + n + " number" + (n == 1 ? "" : "s") + ", RFC 7946 §5 wants 4 or 6",
          at,
          path);
      return null;
    }
    return new BboxMember(Arrays.copyOf(values, n), at, path);
  }

  /** Whether the box crosses the antimeridian ({@code west > east}). */
  boolean crossesAntimeridian() {
    return values[0] > values[values.length / 2];
  }

  /**
   * Notes the first position of {@code g} (lon/lat) that lies outside this box, if any.
   *
   * @return whether a note was made
   */
  boolean checkContains(Geometry g, ParseSession session) {
    if (g == null || g.isEmpty()) {
      return false;
    }
    int half = values.length / 2;
    double west = values[0];
    double south = values[1];
    double east = values[half];
    double north = values[half + 1];
    Outside outside = new Outside(west, south, east, north);
    g.apply(outside);
    if (outside.x != null) {
      session.noteAt(
          ReadNote.BBOX_NOT_CONTAINING,
          String.format(
              Locale.ROOT,
              "position [%s, %s] lies outside the bbox [%s, %s, %s, %s] (RFC 7946 §5: the bbox"
                  + " must contain every position)",
              outside.x,
              outside.y,
              west,
              south,
              east,
              north),
          location,
          path);
      return true;
    }
    return false;
  }

  /** Finds the first position outside a box, in place. */
  private static final class Outside implements CoordinateSequenceFilter {
    private final double west;
    private final double south;
    private final double east;
    private final double north;
    Double x;
    Double y;

    Outside(double west, double south, double east, double north) {
      this.west = west;
      this.south = south;
      this.east = east;
      this.north = north;
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
      double lon = seq.getX(i);
      double lat = seq.getY(i);
      boolean lonIn = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
      if (!lonIn || !(lat >= south && lat <= north)) {
        x = lon;
        y = lat;
      }
    }

    @Override
    public boolean isDone() {
      return x != null;
    }

    @Override
    public boolean isGeometryChanged() {
      return false;
    }
  }
}
