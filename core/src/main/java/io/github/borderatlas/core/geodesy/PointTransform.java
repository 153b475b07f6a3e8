package io.github.borderatlas.core.geodesy;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A mapping of positions, two numbers in and two out: a map projection (lon/lat degrees to x/y
 * metres, as {@link RegionProjection#project(double, double, double[])}), its inverse, or any other
 * plane transform, and the copy of a JTS geometry with it applied to every vertex.
 *
 * <p>Axis order is whatever the implementation states; for projections it is lon, lat in and x, y
 * out. Thread safety is the implementation's; {@link #transform(Geometry)} is safe to call
 * concurrently when {@link #apply} is.
 *
 * <pre>{@code
 * PointTransform toMetres = projection::project;       // (lon, lat, out) -> out = {x, y}
 * Geometry projected = toMetres.transform(lake.geometry());
 * }</pre>
 */
@FunctionalInterface
public interface PointTransform {

  /**
   * Maps one position.
   *
   * @param x the first input ordinate (longitude for a projection)
   * @param y the second input ordinate (latitude for a projection)
   * @param out receives the first and second output ordinates in {@code out[0]} and {@code out[1]}
   *     (NaN where the position cannot be mapped)
   */
  void apply(double x, double y, double[] out);

  /**
   * A copy of {@code g}, made by its factory, with every vertex mapped; z and m are kept, the
   * argument is not changed. Edges are not densified: a straight edge stays straight between its
   * mapped ends.
   */
  default Geometry transform(Geometry g) {
    Geometry copy = g.copy();
    double[] out = new double[2];
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            apply(seq.getX(i), seq.getY(i), out);
            seq.setOrdinate(i, CoordinateSequence.X, out[0]);
            seq.setOrdinate(i, CoordinateSequence.Y, out[1]);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return copy;
  }
}
