package io.github.borderatlas.core.border;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the land boundaries between the countries of an {@link OutlineIndex}: a stretch of one
 * country's outline is shared with a neighbour where it lies within {@code toleranceMetres} of the
 * neighbour's outline ({@link SharedRuns}), so two outlines that disagree by less than the
 * tolerance are merged into one line (the first country's), and the disagreement is measured and
 * reported ({@link BorderPart#maxOffsetMetres()}, {@link SharedBorder#secondSideLengthMetres()}).
 * Tripoints are the ends of parts within twice the tolerance of a third outline.
 *
 * <p>Lengths are geodesic on WGS84 (GeographicLib); tolerances use a local plane good to about 0.5
 * % of the distance. Coordinates lon/lat degrees. Immutable after construction; thread-safe.
 *
 * <pre>{@code
 * OutlineIndex.Builder b = OutlineIndex.builder(2 * BorderExtractor.DEFAULT_TOLERANCE_METRES);
 * b.add("KAZ", kazakhstan);
 * b.add("KGZ", kyrgyzstan);
 * SharedBorder kzKg = new BorderExtractor(b.build()).between("KAZ", "KGZ");
 * }</pre>
 */
public final class BorderExtractor {

  /**
   * Default tolerance, metres: the largest distance between the two outlines of one border that is
   * still taken for the same line.
   */
  public static final double DEFAULT_TOLERANCE_METRES = 30;

  /** Default bridge, metres (see the constructor). */
  public static final double DEFAULT_BRIDGE_METRES = 5000;

  private final OutlineIndex index;
  private final NeighbourTable table;
  private final SharedRuns runs;
  private final double toleranceMetres;

  /** An extractor with {@link #DEFAULT_TOLERANCE_METRES}. */
  public BorderExtractor(OutlineIndex index) {
    this(index, DEFAULT_TOLERANCE_METRES, DEFAULT_BRIDGE_METRES);
  }

  /**
   * An extractor.
   *
   * @param index the outlines, built with a buffer of at least twice the tolerance
   * @param toleranceMetres largest distance between the outlines at which a stretch counts as
   *     shared, metres
   * @param bridgeMetres largest distance between the outlines over which a stretch between two
   *     shared ones is still taken as part of the same line (river banks), metres; 0 for none
   */
  public BorderExtractor(OutlineIndex index, double toleranceMetres, double bridgeMetres) {
    if (!(2 * toleranceMetres <= index.bufferMetres())) {
      throw new IllegalArgumentException(
          "the index buffer (" + index.bufferMetres() + " m) must be at least twice the tolerance");
    }
    this.index = index;
    this.toleranceMetres = toleranceMetres;
    this.table = NeighbourTable.scan(index, toleranceMetres);
    if (!(bridgeMetres >= 0 && bridgeMetres <= 20_000)) {
      throw new IllegalArgumentException("bridge must be in [0, 20000] m, was " + bridgeMetres);
    }
    this.runs = new SharedRuns(index, table, bridgeMetres);
  }

  /** The tolerance, metres. */
  public double toleranceMetres() {
    return toleranceMetres;
  }

  /**
   * The boundary between two countries, along the first one's outline; empty when they do not
   * touch.
   *
   * @throws IllegalArgumentException when a key is not in the index
   */
  public SharedBorder between(String firstKey, String secondKey) {
    int a = require(firstKey);
    int b = require(secondKey);
    if (a == b) {
      throw new IllegalArgumentException("a border needs two different countries: " + firstKey);
    }
    List<SharedRuns.Run> mine = runs.runs(a, b);
    double other =
        runs.runs(b, a).stream().mapToDouble(r -> GeodesicMeasure.lengthMetres(r.line())).sum();
    return assemble(a, b, mine, other);
  }

  /**
   * Every pair of countries with a shared boundary, each once, along the outline of the pair's
   * country whose key sorts first; sorted by the two keys.
   */
  public List<SharedBorder> all() {
    Map<String, List<SharedRuns.Run>> firstSide = new TreeMap<>();
    Map<String, Double> secondSide = new TreeMap<>();
    for (int a = 0; a < index.outlineCount(); a++) {
      for (SharedRuns.Run r : runs.runs(a, -1)) {
        int b = r.neighbour();
        boolean first = index.key(a).compareTo(index.key(b)) < 0;
        String pair = first ? pairKey(a, b) : pairKey(b, a);
        if (first) {
          firstSide.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
        } else {
          secondSide.merge(pair, GeodesicMeasure.lengthMetres(r.line()), Double::sum);
        }
      }
    }
    List<SharedBorder> out = new ArrayList<>();
    for (Map.Entry<String, List<SharedRuns.Run>> e : firstSide.entrySet()) {
      List<SharedRuns.Run> rs = e.getValue();
      int b = rs.get(0).neighbour();
      int a = ownerOf(e.getKey().substring(0, e.getKey().indexOf('\u0000')));
      out.add(assemble(a, b, rs, secondSide.getOrDefault(e.getKey(), 0.0)));
    }
    return out;
  }

  private String pairKey(int a, int b) {
    return index.key(a) + '\u0000' + index.key(b);
  }

  private int ownerOf(String key) {
    return index.outline(key).orElseThrow();
  }

  private int require(String key) {
    return index
        .outline(key)
        .orElseThrow(() -> new IllegalArgumentException("no country with key " + key));
  }

  private SharedBorder assemble(int a, int b, List<SharedRuns.Run> rs, double secondSideMetres) {
    List<BorderPart> parts = new ArrayList<>();
    List<Tripoint> tripoints = new ArrayList<>();
    List<SharedRuns.Run> sorted = new ArrayList<>(rs);
    List<BorderPart> unsorted = new ArrayList<>();
    for (SharedRuns.Run r : sorted) {
      unsorted.add(
          new BorderPart(
              r.line(),
              GeodesicMeasure.lengthMetres(r.line()),
              r.maxOffsetMetres(),
              r.meanOffsetMetres()));
    }
    unsorted.sort(Comparator.comparingDouble(BorderPart::lengthMetres).reversed());
    parts.addAll(unsorted);
    for (BorderPart p : parts) {
      if (!p.closed()) {
        addTripoints(a, b, p.line().getCoordinateN(0).x, p.line().getCoordinateN(0).y, tripoints);
        int last = p.line().getNumPoints() - 1;
        addTripoints(
            a, b, p.line().getCoordinateN(last).x, p.line().getCoordinateN(last).y, tripoints);
      }
    }
    return new SharedBorder(index.key(a), index.key(b), parts, tripoints, secondSideMetres);
  }

  private void addTripoints(int a, int b, double lon, double lat, List<Tripoint> out) {
    Map<Integer, Double> near = new TreeMap<>(index.near(lon, lat, 2 * toleranceMetres));
    near.remove(a);
    near.remove(b);
    double kx = LocalDistance.metresPerLonDegree(lat);
    for (Map.Entry<Integer, Double> e : near.entrySet()) {
      String c = index.key(e.getKey());
      boolean known =
          out.stream()
              .anyMatch(
                  t ->
                      t.thirdKey().equals(c)
                          && Math.hypot(
                                  (t.longitude() - lon) * kx,
                                  (t.latitude() - lat) * LocalDistance.METRES_PER_DEGREE)
                              <= 2 * toleranceMetres);
      if (!known) {
        out.add(new Tripoint(c, lon, lat, e.getValue()));
      }
    }
  }
}
