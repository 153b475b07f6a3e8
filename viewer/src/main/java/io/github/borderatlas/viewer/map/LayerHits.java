package io.github.borderatlas.viewer.map;

import io.github.borderatlas.viewer.draw.ChunkedGeometry;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Finds the features of one added layer under a screen point, with the rules of {@link HitTester}:
 * points and lines within {@link HitTester#TOLERANCE_PX} logical pixels, areas when the point lies
 * inside (or within the tolerance of their outline). Works on the shapes already projected: the
 * layer's level-of-detail band for the view when the render thread has computed it, else full
 * detail ({@link ProjectedFeatures#readyShapes}); nothing is simplified here. Only the chunks near
 * the point are visited: the lines and areas are cut to a square of twice the tolerance around it
 * ({@link ChunkedGeometry#lines}, {@link ChunkedGeometry#areas}, exact inside that square), so a
 * test costs about the part bounds of the features whose envelope is near plus the vertices near
 * the point. Stateless and thread-safe.
 */
final class LayerHits {

  private LayerHits() {}

  /**
   * The features of an added layer at screen point (px, py) of {@code vp}, nearest first (of
   * equally near features the first in the file first).
   *
   * @param entry the layer (its id and title name the hits)
   * @param source its features
   * @param px logical pixels from the left
   * @param py logical pixels from the top
   */
  static List<AddedFeature> at(
      LayerEntry entry, LayerSource.File source, Viewport vp, double px, double py) {
    ProjectedFeatures layer = source.features();
    double mpp = vp.metresPerPixel();
    double tolMetres = HitTester.TOLERANCE_PX * mpp;
    double wx = vp.worldX(px);
    double wy = vp.worldY(py);
    Envelope near = new Envelope(wx - tolMetres, wx + tolMetres, wy - tolMetres, wy + tolMetres);
    Envelope extent = layer.extent();
    if (extent.isNull() || !extent.intersects(near)) {
      return List.of();
    }
    List<ChunkedGeometry> shapes = layer.readyShapes(mpp).orElse(null);
    List<ProjectedFeatures.Feature> features = layer.features();
    List<AddedFeature> hits = new ArrayList<>();
    List<Double> distances = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      ProjectedFeatures.Feature f = features.get(i);
      if (f.envelope().isNull() || !f.envelope().intersects(near)) {
        continue;
      }
      ChunkedGeometry shape = shapes != null ? shapes.get(i) : f.shape();
      double d = distancePx(shape, f.points(), vp, near, px, py);
      if (d <= HitTester.TOLERANCE_PX) {
        int at = 0;
        while (at < distances.size() && distances.get(at) <= d) {
          at++;
        }
        hits.add(at, new AddedFeature(entry.id(), entry.title(), layer, i));
        distances.add(at, d);
      }
    }
    return List.copyOf(hits);
  }

  /**
   * Logical pixels from (px, py) to the nearest point, line or area of a feature (0 inside an
   * area); infinity when nothing of it lies in {@code near}.
   */
  static double distancePx(
      ChunkedGeometry shape, double[] points, Viewport vp, Envelope near, double px, double py) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < points.length; i += 2) {
      best = Math.min(best, Math.hypot(vp.screenX(points[i]) - px, vp.screenY(points[i + 1]) - py));
    }
    if (shape == ChunkedGeometry.EMPTY || !shape.envelope().intersects(near)) {
      return best;
    }
    if (shape.areas(vp, near).contains(px, py)) {
      return 0;
    }
    return Math.min(best, distanceToLinesPx(shape, vp, near, px, py));
  }

  private static double distanceToLinesPx(
      ChunkedGeometry shape, Viewport vp, Envelope near, double px, double py) {
    double bestSq = Double.POSITIVE_INFINITY;
    double[] c = new double[6];
    double lastX = 0;
    double lastY = 0;
    for (PathIterator it = shape.lines(vp, near).getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_LINETO) {
        bestSq = Math.min(bestSq, Line2D.ptSegDistSq(lastX, lastY, c[0], c[1], px, py));
      }
      if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
        lastX = c[0];
        lastY = c[1];
      }
    }
    return Math.sqrt(bestSq);
  }
}
