package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.core.io.geojson.GeometryType.ListRule;
import io.github.borderatlas.core.io.geojson.PositionList.Items;
import java.io.IOException;
import java.util.Arrays;

/**
 * Parses a {@code coordinates} value into a tree: a {@link PositionList} for an array of positions
 * (and for a Point's single position), {@link Items} for arrays of arrays.
 *
 * <p>When the geometry type is known (it came before {@code coordinates}), the nesting depth and
 * the list rules (lines of at least 2 positions; rings of at least 4, closed) are checked as the
 * tokens arrive, so errors point at the offending token. Otherwise the depth is inferred from the
 * first number and the start of every array is recorded, for {@link GeometryBuilder} to check once
 * the type is known.
 *
 * <p>Every position is checked at once: 2 or 3 numbers (more are accepted and dropped, RFC 7946
 * §3.1.1 asks writers not to add them), longitude within [-180, 180], latitude within [-90, 90], z
 * finite (the ranges and ring closure only noted when {@link ReadOptions#lenient()}). A ring whose
 * ends differ only in z is read, with a {@link ReadNote#RING_NOT_CLOSED} note. Positions go into a
 * reused scratch array; each list is copied once into its exact-size packed array. Not thread-safe:
 * one per {@link ParseSession}.
 */
final class CoordinateParser {

  private static final Object POSITION = new Object();
  private static final int INITIAL_SCRATCH = 2048;
  private static final int RETAINED_SCRATCH = 1 << 20;
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final ParseSession session;
  private final JsonParser p;
  private double[] xy = new double[INITIAL_SCRATCH];
  private double[] zs = new double[0];
  private int count;
  private boolean hasZ;
  private int depth;
  private ListRule rule;
  private boolean deferred;

  CoordinateParser(ParseSession session) {
    this.session = session;
    this.p = session.parser;
  }

  /**
   * Parses the array at the current {@code START_ARRAY} token.
   *
   * @param type the geometry type if already known, else {@code null} (checks deferred)
   * @return a {@link PositionList} or {@link Items}
   */
  Object parse(GeometryType type) throws IOException {
    deferred = type == null;
    depth = deferred ? -1 : type.depth;
    rule = deferred ? ListRule.NONE : type.rule;
    JsonLocation start = deferred ? p.currentTokenLocation() : null;
    Object tree = array(0, start);
    return tree == POSITION ? finishList(start) : tree;
  }

  /** The depth of positions found by the last {@link #parse}, or -1 if it held no number. */
  int depth() {
    return depth;
  }

  /** Current token: the {@code START_ARRAY} of an array at {@code level}. */
  private Object array(int level, JsonLocation start) throws IOException {
    count = 0;
    hasZ = false;
    JsonToken t = p.nextToken();
    if (level == 0 && t == JsonToken.END_ARRAY) {
      return new Items(start); // empty geometry
    }
    if (depth < 0 && ParseSession.isNumber(t)) {
      depth = level;
    }
    if (level == depth) {
      position(t);
      return POSITION;
    }
    if (level == depth - 1) {
      return positions(t, level, start);
    }
    Items items = new Items(start);
    while (t != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_ARRAY) {
        throw session.error("expected an array, found " + session.describeCurrent());
      }
      if (depth < 0 && level >= 3) {
        throw session.error("coordinates are nested deeper than a MultiPolygon's");
      }
      Object child = array(level + 1, deferred ? p.currentTokenLocation() : null);
      if (child == POSITION) {
        if (!items.isEmpty()) {
          Items first = (Items) items.get(0);
          throw session.errorAt(
              first.isEmpty()
                  ? "a position needs 2 or 3 numbers, found 0"
                  : "expected a position (an array of numbers), found an array of arrays",
              first.start,
              JsonPaths.ofContainer(p.getParsingContext()) + JsonPaths.index(0));
        }
        return positions(p.nextToken(), level, start);
      }
      items.add(child);
      t = p.nextToken();
    }
    if (!deferred && rule == ListRule.RING && level > 0 && level == depth - 2 && items.isEmpty()) {
      throw session.error("a polygon needs at least one ring, found none");
    }
    return items;
  }

  /** Reads positions up to the list's {@code END_ARRAY}; {@code t} is the next token. */
  private PositionList positions(JsonToken t, int level, JsonLocation start) throws IOException {
    while (t != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_ARRAY) {
        throw session.error(
            "expected a position (an array of numbers), found " + session.describeCurrent());
      }
      position(p.nextToken());
      t = p.nextToken();
    }
    if (!deferred) {
      checkList(level);
    }
    session.checkFeatureSize();
    return finishList(start);
  }

  /** Reads one position; {@code t} is the token after its {@code [}. */
  private void position(JsonToken t) throws IOException {
    boolean strict = !session.options.lenient();
    double x = number(t, 0);
    if (strict && !(x >= -180 && x <= 180)) {
      throw session.error("longitude " + p.getText() + " is not within [-180, 180]");
    }
    double y = number(p.nextToken(), 1);
    if (strict && !(y >= -90 && y <= 90)) {
      throw session.error("latitude " + p.getText() + " is not within [-90, 90]");
    }
    double z = Double.NaN;
    t = p.nextToken();
    if (t != JsonToken.END_ARRAY) {
      z = number(t, 2);
      if (!Double.isFinite(z)) {
        throw session.error("z " + p.getText() + " is not a finite double");
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        number(t, 3); // RFC 7946 §3.1.1: elements beyond z are accepted and dropped
      }
    }
    session.countVertex();
    append(x, y, z);
  }

  private double number(JsonToken t, int found) throws IOException {
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.END_ARRAY) {
      throw session.error("a position needs 2 or 3 numbers, found " + found);
    }
    throw session.error("expected a number in a position, found " + session.describeCurrent());
  }

  private void append(double x, double y, double z) {
    int i = count << 1;
    if (i + 2 > xy.length) {
      xy = Arrays.copyOf(xy, grown(xy.length, 2));
    }
    xy[i] = x;
    xy[i + 1] = y;
    if (hasZ || !Double.isNaN(z)) {
      if (zs.length <= count) {
        zs = Arrays.copyOf(zs, Math.max(count + 1, grown(zs.length, 1)));
      }
      if (!hasZ) {
        Arrays.fill(zs, 0, count, Double.NaN);
        hasZ = true;
      }
      zs[count] = z;
    }
    count++;
  }

  /**
   * The next scratch capacity: doubled, but never beyond what the vertex limit allows, so that a
   * list at the limit costs about its own size once more while growing, not twice.
   */
  private int grown(int length, int perPosition) {
    long limit = (long) perPosition * session.limits.maxVerticesPerFeature() + perPosition;
    long doubled = Math.max(16L, (long) length * 2);
    return (int) Math.min(Math.min(doubled, Math.max(limit, length + perPosition)), MAX_ARRAY);
  }

  /** At the list's {@code END_ARRAY}: the rule of a known type (the context is the parent). */
  private void checkList(int level) {
    if (level == 0 && count == 0) {
      return; // empty geometry
    }
    if (rule == ListRule.LINE && count < 2) {
      throw session.error("a line needs at least 2 positions, found " + count);
    }
    if (rule == ListRule.RING) {
      if (count < 4) {
        throw session.error("a linear ring needs at least 4 positions, found " + count);
      }
      int last = (count - 1) << 1;
      if (xy[0] != xy[last] || xy[1] != xy[last + 1]) {
        String problem =
            "a linear ring must end where it starts: first position ["
                + xy[0]
                + ", "
                + xy[1]
                + "], last ["
                + xy[last]
                + ", "
                + xy[last + 1]
                + "]";
        if (!session.options.lenient()) {
          throw session.error(problem);
        }
        session.note(ReadNote.RING_NOT_CLOSED, problem + " (read as closed)");
        append(xy[0], xy[1], hasZ ? zs[0] : Double.NaN);
      } else if (hasZ && Double.compare(zs[0], zs[count - 1]) != 0) {
        session.note(ReadNote.RING_NOT_CLOSED, RingEnds.zProblem(zs[0], zs[count - 1]));
      }
    }
  }

  private PositionList finishList(JsonLocation start) {
    PositionList list;
    if (!hasZ) {
      list = new PositionList(Arrays.copyOf(xy, count << 1), 2, count, start);
    } else {
      double[] xyz = new double[count * 3];
      for (int i = 0, j = 0; i < count; i++, j += 3) {
        xyz[j] = xy[i << 1];
        xyz[j + 1] = xy[(i << 1) + 1];
        xyz[j + 2] = zs[i];
      }
      list = new PositionList(xyz, 3, count, start);
    }
    if (xy.length > RETAINED_SCRATCH) {
      xy = new double[INITIAL_SCRATCH]; // do not hold a huge scratch array for later features
      zs = new double[0];
    }
    return list;
  }
}
