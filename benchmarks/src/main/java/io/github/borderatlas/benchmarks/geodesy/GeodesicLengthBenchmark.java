package io.github.borderatlas.benchmarks.geodesy;

import io.github.borderatlas.core.geodesy.GeodesicMeasure;
import io.github.borderatlas.core.model.Geometries;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
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
 * Geodesic length (GeographicLib inverse problem per segment) of a border-like line of about 12,000
 * vertices, against JTS planar {@code getLength()} on the same line as the floor.
 *
 * <p>The line is a fixed-seed random walk from the China–Russia–Kazakhstan tripoint towards Khan
 * Tengri (about 150 m steps), so runs are repeatable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GeodesicLengthBenchmark {

  @Param({"12000"})
  int vertices;

  LineString line;

  @Setup
  public void makeLine() {
    Random random = new Random(20261128L);
    Coordinate[] cs = new Coordinate[vertices];
    double lon = 87.286361;
    double lat = 49.115499;
    double stepLon = (80.174866 - lon) / vertices;
    double stepLat = (42.210402 - lat) / vertices;
    for (int i = 0; i < vertices; i++) {
      cs[i] = new Coordinate(lon, lat);
      lon += stepLon + (random.nextDouble() - 0.5) * 0.002;
      lat += stepLat + (random.nextDouble() - 0.5) * 0.002;
    }
    line = Geometries.FACTORY.createLineString(cs);
  }

  @Benchmark
  public double geodesicLength() {
    return GeodesicMeasure.lengthMetres(line);
  }

  @Benchmark
  public double planarLengthFloor() {
    return line.getLength();
  }
}
