package io.github.borderatlas.benchmarks.geojson;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadLimits;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Checks that two GeoJSON outputs A (ours) and B (GDAL's {@code ogr2ogr}) hold the same features:
 * the same number in the same order, equal properties, the same geometry types and, line by line
 * and ring by ring, the same number of positions with every lon and lat within a tolerance (default
 * 1e-6 degrees) of its counterpart. A ring that starts at another vertex is compared after rotating
 * it.
 *
 * <p>Given the original input ({@code --input IN}), differences are explained where possible
 * instead of only counted: a ring whose winding differs is attributed to the side that breaks RFC
 * 7946 §3.1.6 by signed area (exterior counter-clockwise, holes clockwise), and a position where
 * one side keeps the input's value and the other does not is attributed to the side that departs
 * from the input. Only unexplained differences make the files "DIFFERENT".
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.borderatlas.benchmarks.geojson.CompareOutputs
 * A.json B.json [--input IN.json] [--tolerance DEG]}. Prints a summary and the first differences;
 * exits 0 when the outputs agree (up to explained differences), 1 when they differ, 2 on a usage or
 * read error. Streams the files: memory is bounded by the largest feature.
 */
public final class CompareOutputs {

  private static final int MAX_REPORTED = 12;

  private enum Kind {
    EXTERIOR,
    HOLE,
    OTHER
  }

  private record Part(CoordinateSequence seq, Kind kind) {}

  private final double tolerance;
  private final List<String> notes = new ArrayList<>();
  private long unexplained;
  private long vertices;
  private long rotatedRings;
  private long windingB;
  private long windingA;
  private long departsB;
  private long departsA;
  private double maxDeviation;

  CompareOutputs(double tolerance) {
    this.tolerance = tolerance;
  }

  public static void main(String[] args) {
    List<String> files = new ArrayList<>();
    Path input = null;
    double tolerance = 1e-6;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--input") && i + 1 < args.length) {
        input = Path.of(args[++i]);
      } else if (args[i].equals("--tolerance") && i + 1 < args.length) {
        tolerance = Double.parseDouble(args[++i]);
      } else {
        files.add(args[i]);
      }
    }
    if (files.size() != 2) {
      System.err.println("usage: CompareOutputs A.json B.json [--input IN.json] [--tolerance DEG]");
      System.exit(2);
    }
    CompareOutputs c = new CompareOutputs(tolerance);
    try {
      System.out.println(c.compare(Path.of(files.get(0)), Path.of(files.get(1)), input));
    } catch (GeoJsonException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
    c.notes.forEach(n -> System.out.println("  " + n));
    System.exit(c.unexplained == 0 ? 0 : 1);
  }

  /** Compares the files; returns the summary. */
  String compare(Path a, Path b, Path input) {
    ReadLimits roomy = ReadLimits.builder().maxVerticesPerFeature(50_000_000).build();
    GeoJsonReader reader = new GeoJsonReader(ReadOptions.builder().limits(roomy).build());
    long count = 0;
    try (FeatureStream fa = reader.open(a);
        FeatureStream fb = reader.open(b);
        FeatureStream fin = input == null ? null : reader.open(input)) {
      while (fa.hasNext() && fb.hasNext()) {
        GeoJsonFeature fA = fa.next();
        compare(count, fA, fb.next(), fin == null ? null : matching(fin, fA));
        count++;
      }
      long restA = drain(fa);
      long restB = drain(fb);
      if (restA != restB) {
        differ("feature count: " + (count + restA) + " in A, " + (count + restB) + " in B");
      }
    }
    return String.format(
        Locale.ROOT,
        "%s: %d features, %d positions; max deviation %.3g deg (tolerance %.3g); %d rings"
            + " rotated; explained: B departs from the input at %d positions (A at %d), B winding"
            + " not RFC 7946 in %d rings (A in %d)",
        unexplained == 0 ? "SAME" : "DIFFERENT (" + unexplained + " unexplained differences)",
        count,
        vertices,
        maxDeviation,
        tolerance,
        rotatedRings,
        departsB,
        departsA,
        windingB,
        windingA);
  }

  /** The next input feature with the properties of {@code f} (a filtered output skips some). */
  private static GeoJsonFeature matching(FeatureStream in, GeoJsonFeature f) {
    while (in.hasNext()) {
      GeoJsonFeature candidate = in.next();
      if (candidate.properties().equals(f.properties())) {
        return candidate;
      }
    }
    return null;
  }

  private static long drain(FeatureStream s) {
    long n = 0;
    while (s.hasNext()) {
      s.next();
      n++;
    }
    return n;
  }

  private void compare(long index, GeoJsonFeature a, GeoJsonFeature b, GeoJsonFeature in) {
    String where = "feature " + index + " " + a.properties();
    if (!Objects.equals(a.properties(), b.properties())) {
      differ(where + ": properties differ, B has " + b.properties());
    }
    Geometry ga = a.geometry();
    Geometry gb = b.geometry();
    if (ga == null || gb == null) {
      if (ga != gb) {
        differ(where + ": geometry " + ga + " vs " + gb);
      }
      return;
    }
    if (!ga.getGeometryType().equals(gb.getGeometryType())) {
      differ(where + ": " + ga.getGeometryType() + " vs " + gb.getGeometryType());
      return;
    }
    List<Part> la = flatten(ga);
    List<Part> lb = flatten(gb);
    List<Part> lin = in == null || in.geometry() == null ? null : flatten(in.geometry());
    if (la.size() != lb.size()) {
      differ(where + ": " + la.size() + " lines/rings vs " + lb.size());
      return;
    }
    for (int i = 0; i < la.size(); i++) {
      Part input = lin != null && lin.size() == la.size() ? lin.get(i) : null;
      comparePart(where + " part " + i, la.get(i), lb.get(i), input);
    }
  }

  /** Points, lines and rings of {@code g} in document order. */
  private static List<Part> flatten(Geometry g) {
    List<Part> out = new ArrayList<>();
    flatten(g, out);
    return out;
  }

  private static void flatten(Geometry g, List<Part> out) {
    if (g instanceof Point p) {
      out.add(new Part(p.getCoordinateSequence(), Kind.OTHER));
    } else if (g instanceof LineString l) {
      out.add(new Part(l.getCoordinateSequence(), Kind.OTHER));
    } else if (g instanceof Polygon p) {
      if (!p.isEmpty()) {
        out.add(new Part(p.getExteriorRing().getCoordinateSequence(), Kind.EXTERIOR));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
          out.add(new Part(p.getInteriorRingN(i).getCoordinateSequence(), Kind.HOLE));
        }
      }
    } else {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        flatten(g.getGeometryN(i), out);
      }
    }
  }

  private void comparePart(String where, Part pa, Part pb, Part in) {
    CoordinateSequence a = pa.seq();
    CoordinateSequence b = pb.seq();
    int n = a.size();
    if (n != b.size()) {
      differ(where + ": " + n + " positions vs " + b.size());
      return;
    }
    vertices += n;
    double dev = deviation(a, b, 0, false);
    if (dev <= tolerance) {
      maxDeviation = Math.max(maxDeviation, dev);
      return;
    }
    boolean ring = pa.kind() != Kind.OTHER;
    if (ring) {
      for (int shift = 1; shift < n - 1; shift++) {
        if (near(a, 0, b, shift) && deviation(a, b, shift, false) <= tolerance) {
          rotatedRings++;
          return;
        }
      }
      if (deviation(a, b, 0, true) <= tolerance) {
        boolean aOk = rfcWinding(a, pa.kind());
        boolean bOk = rfcWinding(b, pb.kind());
        if (aOk && !bOk) {
          windingB++;
        } else if (bOk && !aOk) {
          windingA++;
        } else {
          differ(where + ": winding differs");
          return;
        }
        note(
            where
                + ": winding differs; "
                + (aOk ? "B" : "A")
                + "'s is not RFC 7946 ("
                + pa.kind()
                + " ring of signed area "
                + Area.ofRingSigned(a)
                + " in A)");
        return;
      }
    }
    explainPositions(where, a, b, in == null ? null : in.seq());
  }

  /** Attributes each differing position to the side that departs from the input, if it can. */
  private void explainPositions(
      String where, CoordinateSequence a, CoordinateSequence b, CoordinateSequence in) {
    int n = a.size();
    boolean reversed = false;
    if (in != null && in.size() == n && deviation(a, in, 0, false) > 1e-3) {
      reversed = true; // A was rewound relative to the input (compared loosely)
    }
    for (int i = 0; i < n; i++) {
      double d = Math.max(Math.abs(a.getX(i) - b.getX(i)), Math.abs(a.getY(i) - b.getY(i)));
      maxDeviation = Math.max(maxDeviation, d);
      if (d <= tolerance) {
        continue;
      }
      String what =
          where
              + " position "
              + i
              + ": A "
              + a.getX(i)
              + ","
              + a.getY(i)
              + ", B "
              + b.getX(i)
              + ","
              + b.getY(i);
      if (in == null || in.size() != n) {
        differ(what);
        continue;
      }
      int j = reversed ? n - 1 - i : i;
      boolean aKeeps = near(a, i, in, j);
      boolean bKeeps = near(b, i, in, j);
      if (aKeeps && !bKeeps) {
        departsB++;
        note(what + ", input " + in.getX(j) + "," + in.getY(j) + ": B departs from the input");
      } else if (bKeeps && !aKeeps) {
        departsA++;
        note(what + ", input " + in.getX(j) + "," + in.getY(j) + ": A departs from the input");
      } else {
        differ(what + ", input " + in.getX(j) + "," + in.getY(j));
      }
    }
  }

  private static boolean rfcWinding(CoordinateSequence ring, Kind kind) {
    double signed = Area.ofRingSigned(ring); // > 0: clockwise
    return kind == Kind.EXTERIOR ? signed < 0 : signed > 0;
  }

  /** Largest lon or lat difference of a[i] and b[(i + shift) mod (n - 1)], or reversed b. */
  private static double deviation(
      CoordinateSequence a, CoordinateSequence b, int shift, boolean reversed) {
    int n = a.size();
    int period = shift == 0 ? n : n - 1;
    double max = 0;
    for (int i = 0; i < n; i++) {
      int j = reversed ? n - 1 - i : (i + shift) % period;
      max = Math.max(max, Math.abs(a.getX(i) - b.getX(j)));
      max = Math.max(max, Math.abs(a.getY(i) - b.getY(j)));
    }
    return max;
  }

  private boolean near(CoordinateSequence a, int i, CoordinateSequence b, int j) {
    return Math.abs(a.getX(i) - b.getX(j)) <= tolerance
        && Math.abs(a.getY(i) - b.getY(j)) <= tolerance;
  }

  private void differ(String message) {
    unexplained++;
    note("UNEXPLAINED " + message);
  }

  private void note(String message) {
    if (notes.size() < MAX_REPORTED) {
      notes.add(message);
    }
  }
}
