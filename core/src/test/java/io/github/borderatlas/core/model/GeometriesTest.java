package io.github.borderatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateXYZM;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeometriesTest {

  private static Geometry wkt(String text, int srid) throws Exception {
    return new WKTReader(new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), srid))
        .read(text);
  }

  @Test
  void copyIsOnTheSharedFactoryWithSrid4326EvenFromAnotherFactory() throws Exception {
    Geometry caller = wkt("LINESTRING (80 44, 81 45)", 0);

    Geometry copy = Geometries.copyOf(caller);

    assertThat(copy.getFactory()).isSameAs(Geometries.FACTORY);
    assertThat(copy.getSRID()).isEqualTo(4326);
    assertThat(copy).isNotSameAs(caller);
    assertThat(copy.equalsExact(caller)).isTrue();
  }

  @Test
  void verticesOfTheCopyCannotBeChanged() throws Exception {
    LineString copy = Geometries.copyOf((LineString) wkt("LINESTRING (80 44, 81 45)", 4326));

    assertThatThrownBy(() -> copy.getCoordinateSequence().setOrdinate(0, 0, 1))
        .isInstanceOf(UnsupportedOperationException.class);
    copy.getCoordinateN(0).x += 1; // a fresh coordinate: no effect on the geometry
    copy.getCoordinates()[1].y = 0;
    assertThat(copy.getCoordinateSequence().getX(0)).isEqualTo(80);
    assertThat(copy.getCoordinateSequence().getY(1)).isEqualTo(45);
    assertThatThrownBy(() -> copy.apply(new SetXFilter()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** Sets every x to 0, as a caller's in-place edit would. */
  private static final class SetXFilter
      implements org.locationtech.jts.geom.CoordinateSequenceFilter {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      seq.setOrdinate(i, CoordinateSequence.X, 0);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }

  @Test
  void copyOfTheReadOnlyGeometryBelongsToTheCallerAndCanChange() throws Exception {
    Polygon frozen =
        Geometries.copyOf(
            (Polygon)
                wkt("POLYGON ((0 0, 1 0, 1 1, 0 0), (0.5 0.2, 0.8 0.2, 0.8 0.5, 0.5 0.2))", 0));

    Polygon mine = (Polygon) frozen.copy();
    mine.getExteriorRing().getCoordinateSequence().setOrdinate(1, CoordinateSequence.X, 2);

    assertThat(mine.getExteriorRing().getCoordinateN(1).x).isEqualTo(2);
    assertThat(frozen.getExteriorRing().getCoordinateN(1).x).isEqualTo(1);
    assertThat(frozen.getNumInteriorRing()).isEqualTo(1);
  }

  @Test
  void collectionsAndMeasuresAreKept() throws Exception {
    Geometry multi =
        Geometries.copyOf(
            wkt(
                "GEOMETRYCOLLECTION (MULTIPOINT ((1 2), (3 4)), MULTILINESTRING ((0 0, 1 1)), MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0))))",
                0));
    assertThat(multi.getNumGeometries()).isEqualTo(3);
    assertThat(multi.getGeometryN(0).getCoordinates()[1]).isEqualTo(new Coordinate(3, 4));

    LineString zm =
        Geometries.copyOf(
            Geometries.FACTORY.createLineString(
                new Coordinate[] {new CoordinateXYZM(1, 2, 3, 4), new CoordinateXYZM(5, 6, 7, 8)}));
    CoordinateSequence seq = zm.getCoordinateSequence();
    assertThat(seq.getDimension()).isEqualTo(4);
    assertThat(seq.getMeasures()).isEqualTo(1);
    assertThat(seq.getZ(1)).isEqualTo(7);
    assertThat(seq.getM(1)).isEqualTo(8);
    assertThat(zm.getCoordinateN(1).getM()).isEqualTo(8);
  }

  @Test
  void aProjectedGeometryIsRefused() throws Exception {
    Geometry utm = wkt("POINT (500000 4900000)", 32644);

    assertThatThrownBy(() -> Geometries.copyOf(utm))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32644");
  }

  @Test
  void readOnlyVerticesAreSharedNotCopiedAgain() throws Exception {
    LineString once = Geometries.copyOf((LineString) wkt("LINESTRING (80 44, 81 45)", 0));
    LineString twice = Geometries.copyOf(once);

    assertThat(twice).isNotSameAs(once);
    assertThat(twice.getCoordinateSequence()).isSameAs(once.getCoordinateSequence());
    assertThat(Geometries.copyOf((Geometry) null)).isNull();
  }
}
