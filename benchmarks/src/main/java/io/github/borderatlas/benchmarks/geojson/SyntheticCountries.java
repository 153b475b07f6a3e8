package io.github.borderatlas.benchmarks.geojson;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic stand-in for the npm countries file: a FeatureCollection of MultiPolygons whose
 * rings are random walks around a centre, coordinates with 5 decimals, the geometry before the
 * properties ({@code {"A3":"C17"}}) as in {@code map.geo.json}. Same seed, same bytes.
 */
public final class SyntheticCountries {

  private SyntheticCountries() {}

  /**
   * @param features number of features
   * @param verticesPerFeature positions per feature (in rings of at most 5,000)
   * @param seed random seed
   * @return UTF-8 GeoJSON text
   */
  public static byte[] generate(int features, int verticesPerFeature, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(features * verticesPerFeature * 22 + 100);
    sb.append("{\"type\":\"FeatureCollection\", \"features\": [\n");
    for (int f = 0; f < features; f++) {
      double cx = -170 + random.nextDouble() * 340;
      double cy = -80 + random.nextDouble() * 160;
      sb.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
      int left = verticesPerFeature;
      boolean firstPolygon = true;
      while (left >= 4) {
        int n = Math.min(left, 5_000);
        left -= n;
        sb.append(firstPolygon ? "" : ",").append("[[");
        firstPolygon = false;
        ring(sb, random, cx + random.nextDouble() * 4 - 2, cy + random.nextDouble() * 4 - 2, n);
        sb.append("]]");
      }
      sb.append("]},\"properties\":{\"A3\":\"C").append(f).append("\"}}");
      sb.append(f + 1 < features ? ",\n" : "\n");
    }
    sb.append("]}\n");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A closed ring of {@code n} positions: a noisy circle of radius about 1 degree. */
  private static void ring(StringBuilder sb, Random random, double cx, double cy, int n) {
    String first = null;
    for (int i = 0; i < n - 1; i++) {
      double a = 2 * Math.PI * i / (n - 1);
      double r = 1 + random.nextDouble() * 0.05;
      String pos =
          String.format(
              Locale.ROOT,
              "[%.5f,%.5f]",
              clamp(cx + r * Math.cos(a), 180),
              clamp(cy + r * Math.sin(a), 90));
      if (first == null) {
        first = pos;
      } else {
        sb.append(',');
      }
      sb.append(pos);
    }
    sb.append(',').append(first);
  }

  private static double clamp(double v, double limit) {
    return Math.max(-limit, Math.min(limit, v));
  }
}
