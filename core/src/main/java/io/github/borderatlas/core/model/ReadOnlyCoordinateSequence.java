package io.github.borderatlas.core.model;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * A coordinate sequence whose ordinates cannot be changed: the storage of every geometry the model
 * hands out. Ordinates are packed in one {@code double[]} (x, y, then z and m when present, per
 * vertex), in the axis order of the model (x = longitude, y = latitude, degrees).
 *
 * <p>{@link #setOrdinate} throws {@link UnsupportedOperationException}; {@link #getCoordinate(int)}
 * and {@link #toCoordinateArray()} return fresh {@link Coordinate} objects, so changing them
 * changes nothing here; {@link #copy()} returns an ordinary mutable {@link
 * PackedCoordinateSequence} that belongs to the caller (which is what {@code Geometry.copy()} hands
 * out).
 *
 * <p>Immutable and thread-safe once constructed.
 */
final class ReadOnlyCoordinateSequence implements CoordinateSequence {

  private final double[] ordinates;
  private final int dimension;
  private final int measures;

  private ReadOnlyCoordinateSequence(double[] ordinates, int dimension, int measures) {
    this.ordinates = ordinates;
    this.dimension = dimension;
    this.measures = measures;
  }

  /** A read-only copy of {@code seq}, or {@code seq} itself when it is already read-only. */
  static ReadOnlyCoordinateSequence of(CoordinateSequence seq) {
    if (seq instanceof ReadOnlyCoordinateSequence readOnly) {
      return readOnly;
    }
    int dimension = seq.getDimension();
    int n = seq.size();
    double[] ordinates = new double[n * dimension];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dimension; d++) {
        ordinates[i * dimension + d] = seq.getOrdinate(i, d);
      }
    }
    return new ReadOnlyCoordinateSequence(ordinates, dimension, seq.getMeasures());
  }

  @Override
  public int getDimension() {
    return dimension;
  }

  @Override
  public int getMeasures() {
    return measures;
  }

  /** A new coordinate holding vertex {@code i}; changing it does not change this sequence. */
  @Override
  public Coordinate getCoordinate(int i) {
    Coordinate c = createCoordinate();
    getCoordinate(i, c);
    return c;
  }

  @Override
  public Coordinate getCoordinateCopy(int i) {
    return getCoordinate(i);
  }

  @Override
  public void getCoordinate(int index, Coordinate coord) {
    int at = index * dimension;
    coord.setX(ordinates[at]);
    coord.setY(ordinates[at + 1]);
    if (hasZ()) {
      coord.setZ(ordinates[at + 2]);
    }
    if (hasM()) {
      coord.setM(ordinates[at + dimension - measures]);
    }
  }

  @Override
  public double getX(int index) {
    return ordinates[index * dimension];
  }

  @Override
  public double getY(int index) {
    return ordinates[index * dimension + 1];
  }

  @Override
  public double getOrdinate(int index, int ordinateIndex) {
    return ordinates[index * dimension + ordinateIndex];
  }

  @Override
  public int size() {
    return ordinates.length / dimension;
  }

  /**
   * Always throws: model geometries are shared by every caller of the atlas.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void setOrdinate(int index, int ordinateIndex, double value) {
    throw new UnsupportedOperationException(
        "atlas geometries are read-only; change a copy (Geometry.copy()) instead");
  }

  /** New coordinates; changing them does not change this sequence. */
  @Override
  public Coordinate[] toCoordinateArray() {
    Coordinate[] all = new Coordinate[size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = getCoordinate(i);
    }
    return all;
  }

  @Override
  public Envelope expandEnvelope(Envelope env) {
    for (int i = 0; i < ordinates.length; i += dimension) {
      env.expandToInclude(ordinates[i], ordinates[i + 1]);
    }
    return env;
  }

  /** A mutable copy owned by the caller; see {@link #copy()}. */
  @Deprecated
  @Override
  public Object clone() {
    return copy();
  }

  /** A mutable {@link PackedCoordinateSequence} holding the same ordinates, owned by the caller. */
  @Override
  public CoordinateSequence copy() {
    return new PackedCoordinateSequence.Double(
        Arrays.copyOf(ordinates, ordinates.length), dimension, measures);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < size(); i++) {
      s.append(i == 0 ? "" : ", ").append(getX(i)).append(' ').append(getY(i));
    }
    return s.append(')').toString();
  }
}
