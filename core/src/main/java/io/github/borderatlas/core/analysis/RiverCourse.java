package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.River;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A river's whole course downstream: the river, the lake or river it flows into ({@link
 * River#outflowId()}), and on through a lake to the river that leaves it, until a feature without
 * outflow. For the Ili: {@code river.ili → lake.kapchagay → river.ili-lower → lake.balkhash}.
 *
 * <p>A lake has no outflow of its own in the atlas; the river leaving it is the one whose source
 * (first vertex) lies inside the lake or within {@link #OUTLET_TOLERANCE_METRES} of its shore
 * (geodesic, WGS84), other than the river that came in. Immutable and thread-safe.
 *
 * @param features the river first, then each lake and river downstream, in order
 */
public record RiverCourse(List<AtlasFeature> features) {

  /** How far from a lake's shore a river may start and still count as leaving the lake, metres. */
  public static final double OUTLET_TOLERANCE_METRES = 5_000;

  /** Copies the list. */
  public RiverCourse {
    features = List.copyOf(features);
  }

  /**
   * The course of the river with this id.
   *
   * @throws IllegalArgumentException when the atlas has no river with this id
   */
  public static RiverCourse of(Atlas atlas, String riverId) {
    River first =
        atlas
            .find(riverId, River.class)
            .orElseThrow(() -> new IllegalArgumentException("no river " + riverId));
    Set<AtlasFeature> course = new LinkedHashSet<>();
    AtlasFeature at = first;
    while (at != null && course.add(at)) { // stops on a loop in bad data
      at = next(atlas, at).orElse(null);
    }
    return new RiverCourse(new ArrayList<>(course));
  }

  private static Optional<AtlasFeature> next(Atlas atlas, AtlasFeature at) {
    if (at instanceof River r) {
      return r.outflowId().flatMap(atlas::find);
    }
    if (at instanceof Lake lake) {
      return atlas.rivers().stream()
          .filter(r -> !r.outflowId().orElse("").equals(lake.id()))
          .filter(r -> leaves(lake.geometry(), r.geometry()))
          .<AtlasFeature>map(r -> r)
          .findFirst();
    }
    return Optional.empty();
  }

  private static boolean leaves(Geometry lake, Geometry river) {
    LineString firstPart = (LineString) river.getGeometryN(0);
    if (firstPart.isEmpty()) {
      return false;
    }
    Coordinate source = firstPart.getCoordinateN(0);
    if (lake.contains(lake.getFactory().createPoint(source))) {
      return true;
    }
    for (int i = 0; i < lake.getNumGeometries(); i++) {
      LineString shore = ((Polygon) lake.getGeometryN(i)).getExteriorRing();
      if (GeodesicMeasure.distanceToLineMetres(shore, source.x, source.y)
          <= OUTLET_TOLERANCE_METRES) {
        return true;
      }
    }
    return false;
  }

  /** The ids along the course, e.g. {@code [river.ili, lake.kapchagay, ...]}. */
  public List<String> ids() {
    return features.stream().map(AtlasFeature::id).toList();
  }

  /** The summed geodesic length of the rivers along the course, metres (lakes add nothing). */
  public double riverLengthMetres() {
    return features.stream()
        .filter(River.class::isInstance)
        .mapToDouble(f -> GeodesicMeasure.lengthMetres(f.geometry()))
        .sum();
  }
}
