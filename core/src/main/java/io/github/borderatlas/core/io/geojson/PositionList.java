package io.github.borderatlas.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A parsed array of positions: packed {@code x, y[, z]} doubles (lon, lat degrees; z NaN where a
 * position had none), plus where its {@code [} was when the checks are deferred. Internal to the
 * reader; not thread-safe.
 */
final class PositionList {

  final double[] coords;
  final int dimension;
  final int size;
  final JsonLocation start;

  PositionList(double[] coords, int dimension, int size, JsonLocation start) {
    this.coords = coords;
    this.dimension = dimension;
    this.size = size;
    this.start = start;
  }

  double x(int i) {
    return coords[i * dimension];
  }

  double y(int i) {
    return coords[i * dimension + 1];
  }

  /** The positions as a sequence of {@code factory}; packed ones share the array. */
  CoordinateSequence sequence(GeometryFactory factory) {
    PackedCoordinateSequence.Double packed =
        new PackedCoordinateSequence.Double(coords, dimension, 0);
    if (factory.getCoordinateSequenceFactory() == PackedCoordinateSequenceFactory.DOUBLE_FACTORY) {
      return packed;
    }
    return factory.getCoordinateSequenceFactory().create(packed);
  }

  /** An array of arrays (or an empty array of unknown depth), with where its {@code [} was. */
  static final class Items extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;

    final transient JsonLocation start;

    Items(JsonLocation start) {
      super(4);
      this.start = start;
    }
  }
}
