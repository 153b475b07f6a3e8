package io.github.borderatlas.benchmarks.atlas;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.geodesy.PointTransform;
import io.github.borderatlas.core.geodesy.RegionProjection;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What protecting the shared atlas costs the code that reads it: the two ways a library can hand
 * out geometry that callers cannot change, on the bundled atlas' real geometries.
 *
 * <ul>
 *   <li>{@code readOnly}: the geometry as the atlas stores it, on read-only coordinate sequences
 *       (what the atlas does);
 *   <li>{@code copyPerCall}: the geometry stored on ordinary JTS {@code CoordinateArraySequence}s
 *       and copied ({@code Geometry.copy()}) on every access, the alternative;
 *   <li>{@code unprotected}: the ordinary geometry handed out as it is, the floor (what the atlas
 *       did before, letting callers corrupt it).
 * </ul>
 *
 * <p>Two workloads: {@code analysis} measures the border's geodesic length and the distance of
 * every place to the border (an analysis pass); {@code render} projects every feature's geometry to
 * metres with the region's Albers projection (the work the map does for each atlas it shows).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeometryAccessBenchmark {

  @Param({"readOnly", "copyPerCall", "unprotected"})
  String access;

  private List<Geometry> geometries;
  private LineString border;
  private List<Place> places;
  private UnaryOperator<Geometry> handOut;

  @Setup
  public void load() {
    Atlas atlas = ChinaKazakhstan.atlas();
    GeometryFactory plain = new GeometryFactory(new PrecisionModel(), 4326);
    boolean readOnly = access.equals("readOnly");
    geometries = new ArrayList<>();
    for (AtlasFeature f : atlas.features()) {
      Geometry g = f.geometry();
      if (g != null) {
        geometries.add(readOnly ? g : plain.createGeometry(g));
      }
    }
    LineString line = atlas.border().orElseThrow().line();
    border = readOnly ? line : (LineString) plain.createGeometry(line);
    places = atlas.places();
    handOut = access.equals("copyPerCall") ? Geometry::copy : g -> g;
  }

  /** Border length plus every place's distance to the border, metres (summed to keep it live). */
  @Benchmark
  public double analysis() {
    LineString line = (LineString) handOut.apply(border);
    double sum = GeodesicMeasure.lengthMetres(line);
    GeodesicLineIndex index = new GeodesicLineIndex(handOut.apply(border));
    for (Place p : places) {
      Geometry location = handOut.apply(p.location());
      sum += index.distanceMetres(location.getCoordinate().x, location.getCoordinate().y);
    }
    return sum;
  }

  /** Every feature's geometry projected to Albers metres, as the map does for an atlas. */
  @Benchmark
  public int render() {
    PointTransform albers = RegionProjection.DEFAULT::project;
    int vertices = 0;
    for (Geometry g : geometries) {
      vertices += albers.transform(handOut.apply(g)).getNumPoints();
    }
    return vertices;
  }
}
