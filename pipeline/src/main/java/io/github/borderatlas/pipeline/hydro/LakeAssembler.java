package io.github.borderatlas.pipeline.hydro;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Builds lake polygons from GSHHS shorelines: merged lines that close into rings become polygons;
 * island rings (GSHHS level 3) lying inside a lake become its holes. Lines that do not close (a
 * shoreline cut by the dump's region) are ignored. Lon/lat degrees.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class LakeAssembler {

  private final GeometryFactory factory;
  private final List<Polygon> lakes;
  private final List<LinearRing> islands;
  private final STRtree islandIndex = new STRtree();

  /**
   * @param shorelines merged level-2 lines
   * @param islandLines merged level-3 lines
   */
  public LakeAssembler(
      List<LineString> shorelines, List<LineString> islandLines, GeometryFactory factory) {
    this.factory = factory;
    List<Polygon> ls = new ArrayList<>();
    for (LinearRing r : rings(shorelines)) {
      ls.add(factory.createPolygon(r));
    }
    this.lakes = List.copyOf(ls);
    this.islands = rings(islandLines);
    for (LinearRing r : islands) {
      islandIndex.insert(r.getEnvelopeInternal(), r);
    }
    islandIndex.build();
  }

  private List<LinearRing> rings(List<LineString> lines) {
    List<LinearRing> out = new ArrayList<>();
    for (LineString l : lines) {
      if (l.isClosed() && l.getNumPoints() >= 4) {
        out.add(factory.createLinearRing(l.getCoordinateSequence().copy()));
      }
    }
    return List.copyOf(out);
  }

  /** How many closed lake shorelines there are. */
  public int lakeCount() {
    return lakes.size();
  }

  /** How many closed island rings there are. */
  public int islandCount() {
    return islands.size();
  }

  /**
   * The lake containing the point, with the islands inside it as holes; empty when no closed
   * shoreline contains it. Where shorelines nest, the smallest containing one is taken.
   */
  public Optional<Polygon> lakeAt(Coordinate inside) {
    Point p = factory.createPoint(inside);
    Polygon best = null;
    for (Polygon lake : lakes) {
      if (lake.getEnvelopeInternal().contains(inside)
          && lake.contains(p)
          && (best == null || lake.getArea() < best.getArea())) {
        best = lake;
      }
    }
    return Optional.ofNullable(best).map(this::withIslands);
  }

  private Polygon withIslands(Polygon lake) {
    IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(lake);
    List<LinearRing> holes = new ArrayList<>();
    for (Object o : islandIndex.query(lake.getEnvelopeInternal())) {
      LinearRing r = (LinearRing) o;
      Point inner = factory.createPolygon(r).getInteriorPoint();
      if (loc.locate(inner.getCoordinate()) == Location.INTERIOR) {
        holes.add(r);
      }
    }
    // Stable order regardless of the index: by first vertex.
    holes.sort((a, b) -> a.getCoordinateN(0).compareTo(b.getCoordinateN(0)));
    LinearRing shell = lake.getExteriorRing();
    return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
  }
}
