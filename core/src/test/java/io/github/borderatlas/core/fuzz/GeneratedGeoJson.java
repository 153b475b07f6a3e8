package io.github.borderatlas.core.fuzz;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * GeoJSON text generated piece by piece while it is read, so tests can feed hundreds of megabytes
 * (or a slow trickle) without holding the text in memory. Subclasses produce the next piece; an
 * empty result ends the stream. Not thread-safe.
 */
abstract class GeneratedGeoJson extends InputStream {

  private byte[] chunk = new byte[0];
  private int pos;
  private boolean done;

  /** The next piece of text, or {@code null} at the end. */
  protected abstract byte[] next();

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private boolean fill() {
    while (!done && pos >= chunk.length) {
      byte[] n = next();
      if (n == null) {
        done = true;
      } else {
        chunk = n;
        pos = 0;
      }
    }
    return pos < chunk.length;
  }

  @Override
  public int read() {
    return fill() ? chunk[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, chunk.length - pos);
    System.arraycopy(chunk, pos, b, off, n);
    pos += n;
    return n;
  }

  /** A FeatureCollection whose only feature has a string property of {@code chars} x's. */
  static GeneratedGeoJson hugeString(long chars) {
    byte[] xs = new byte[1 << 16];
    Arrays.fill(xs, (byte) 'x');
    return new GeneratedGeoJson() {
      int step;
      long left = chars;

      @Override
      protected byte[] next() {
        if (step == 0) {
          step = 1;
          return utf8(
              "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
                  + "\"geometry\":null,\"properties\":{\"note\":\"");
        }
        if (left > 0) {
          int n = (int) Math.min(left, xs.length);
          left -= n;
          return n == xs.length ? xs : Arrays.copyOf(xs, n);
        }
        if (step == 1) {
          step = 2;
          return utf8("\"}}\n]}\n");
        }
        return null;
      }
    };
  }

  /**
   * {@code head}, then {@code item(0)} to {@code item(count - 1)} (each item writes its own
   * separator), then {@code tail}; the items are generated 2,000 at a time as they are read.
   */
  static GeneratedGeoJson repeated(String head, int count, IntFunction<String> item, String tail) {
    return new GeneratedGeoJson() {
      int step;
      int i;

      @Override
      protected byte[] next() {
        if (step == 0) {
          step = 1;
          return utf8(head);
        }
        if (i < count) {
          StringBuilder sb = new StringBuilder(1 << 16);
          for (int k = 0; k < 2000 && i < count; k++, i++) {
            sb.append(item.apply(i));
          }
          return utf8(sb.toString());
        }
        if (step == 1) {
          step = 2;
          return utf8(tail);
        }
        return null;
      }
    };
  }

  /**
   * A FeatureCollection whose only feature is a Polygon with one ring of {@code vertices} positions
   * on a circle of 1 degree around Khorgos (80.4 E, 44.2 N), closed.
   */
  static GeneratedGeoJson hugeRing(int vertices) {
    return repeated(
        "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
            + "\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[",
        vertices,
        i -> {
          double a = i == vertices - 1 ? 0 : 2 * Math.PI * i / (vertices - 1);
          return (i == 0 ? "[" : ",[") + (80.4 + Math.cos(a)) + ',' + (44.2 + Math.sin(a)) + ']';
        },
        "]]}}\n]}\n");
  }

  /**
   * A FeatureCollection of {@code features} small polygons with properties {@code {"n": i}},
   * pausing {@code pauseMillis} before each feature; feature {@code badIndex} (or none if negative)
   * has latitude 91, which the reader rejects.
   */
  static GeneratedGeoJson slowSquares(int features, long pauseMillis, int badIndex) {
    return new GeneratedGeoJson() {
      int i = -1;

      @Override
      protected byte[] next() {
        if (i == -1) {
          i = 0;
          return utf8("{\"type\":\"FeatureCollection\",\"features\":[\n");
        }
        if (i < features) {
          pause(pauseMillis);
          double x = 70 + (i % 100) * 0.1;
          double y = i == badIndex ? 91 : 40 + (i / 100 % 400) * 0.1;
          String f =
              "{\"type\":\"Feature\",\"properties\":{\"n\":"
                  + i
                  + "},\"geometry\":"
                  + "{\"type\":\"Polygon\",\"coordinates\":[[["
                  + x
                  + ","
                  + y
                  + "],["
                  + (x + 0.05)
                  + ","
                  + y
                  + "],["
                  + (x + 0.05)
                  + ","
                  + (y + 0.05)
                  + "],["
                  + x
                  + ","
                  + y
                  + "]]]}}"
                  + (i + 1 < features ? ",\n" : "\n");
          i++;
          return utf8(f);
        }
        if (i == features) {
          i++;
          return utf8("]}\n");
        }
        return null;
      }
    };
  }

  /**
   * A FeatureCollection whose only feature is a LineString of {@code vertices} positions zigzagging
   * across Kazakhstan (lon 50..87.5 E, lat 45.0 or 45.1 N; never two equal neighbours), with a
   * 4-number bbox that contains it.
   */
  static GeneratedGeoJson hugeLine(int vertices) {
    return repeated(
        "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"id\":1,"
            + "\"bbox\":[50,45,87.5,45.1],\"properties\":{},"
            + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[",
        vertices,
        i ->
            (i == 0 ? "[" : ",[") + (50 + 37.5 * i / vertices) + (i % 2 == 0 ? ",45.0]" : ",45.1]"),
        "]}}\n]}\n");
  }

  /**
   * A FeatureCollection of {@code features} features without geometry, {@code
   * {"type":"Feature","id":"feature-<i>","geometry":null,"properties":null}}, except that every
   * feature whose index is a multiple of {@code duplicateEvery} (from 1 on; none if not positive)
   * reuses the id of feature {@code i - 1}: {@code (features - 1) / duplicateEvery} duplicates.
   */
  static GeneratedGeoJson manyIds(int features, int duplicateEvery) {
    return repeated(
        "{\"type\":\"FeatureCollection\",\"features\":[\n",
        features,
        i -> {
          boolean dup = duplicateEvery > 0 && i > 0 && i % duplicateEvery == 0;
          return (i == 0 ? "" : ",\n")
              + "{\"type\":\"Feature\",\"id\":\"feature-"
              + (dup ? i - 1 : i)
              + "\",\"geometry\":null,\"properties\":null}";
        },
        "\n]}\n");
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
