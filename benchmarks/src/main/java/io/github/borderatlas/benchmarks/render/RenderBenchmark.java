package io.github.borderatlas.benchmarks.render;

import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.BundledLayer;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.MapRenderer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Map frame render time of the bundled atlas at 1600x1000 logical pixels, device scale 1, into a
 * {@code TYPE_INT_ARGB_PRE} image, on one thread. The aim: a full-extent frame under 16 ms
 * median.
 *
 * <ul>
 *   <li>{@code fullExtent}: {@link MapRenderer#render} with every layer and the decorations, at the
 *       view {@code Viewport.fit(dataExtent, 1600, 1000, 24)} the viewer opens with (about 1.03 km
 *       per pixel).
 *   <li>{@code fullExtentWithoutGraticule}: the same with the graticule layer hidden, to show what
 *       its long antialiased hairlines cost (the floor has none).
 *   <li>{@code zoomedKhorgos}: the same at 50 m per pixel centred on Khorgos (80.45E 44.2N, from
 *       /work/shared/reference/data-sources.md), the river stretch of the border.
 *   <li>{@code floorFullExtent}, {@code floorZoomedKhorgos}: the floor, {@link FloorScene}: the
 *       same projected and simplified geometry as screen-space paths prepared in setup, drawn with
 *       plain {@code Graphics2D.fill}/{@code draw} and antialiasing, no labels, graticule or
 *       symbols.
 * </ul>
 *
 * <p>The {@link ProjectedAtlas} is built once in setup and one untimed render per view fills its
 * level-of-detail cache, so the benchmark measures a repeat frame (what panning and date changes
 * cost). Report the medians (p0.50 of the sample-time mode) and their ratio to the floor.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RenderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RenderBenchmark {

  static final int WIDTH = 1600;
  static final int HEIGHT = 1000;
  static final double KHORGOS_LON = 80.45;
  static final double KHORGOS_LAT = 44.2;
  static final double ZOOM_METRES_PER_PIXEL = 50;

  ProjectedAtlas atlas;
  Viewport full;
  Viewport zoomed;
  FloorScene fullFloor;
  FloorScene zoomedFloor;
  BufferedImage image;
  Graphics2D graphics;
  RenderOptions noGraticule = RenderOptions.DEFAULT.withLayer(BundledLayer.GRATICULE, false);

  @Setup(Level.Trial)
  public void setUp() {
    atlas = new ProjectedAtlas(ChinaKazakhstan.atlas(), RegionMapProjection.REGION);
    full = Viewport.fit(atlas.dataExtent(), WIDTH, HEIGHT, 24);
    double[] xy = new double[2];
    atlas.projection().project(KHORGOS_LON, KHORGOS_LAT, xy);
    zoomed = new Viewport(xy[0], xy[1], ZOOM_METRES_PER_PIXEL, WIDTH, HEIGHT);
    image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
    graphics = image.createGraphics();
    MapRenderer.render(graphics, atlas, full, RenderOptions.DEFAULT);
    MapRenderer.render(graphics, atlas, zoomed, RenderOptions.DEFAULT);
    fullFloor = new FloorScene(atlas, full);
    zoomedFloor = new FloorScene(atlas, zoomed);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    graphics.dispose();
  }

  @Benchmark
  public BufferedImage fullExtent() {
    MapRenderer.render(graphics, atlas, full, RenderOptions.DEFAULT);
    return image;
  }

  /** The full-extent frame without the graticule: what the graticule's long hairlines cost. */
  @Benchmark
  public BufferedImage fullExtentWithoutGraticule() {
    MapRenderer.render(graphics, atlas, full, noGraticule);
    return image;
  }

  @Benchmark
  public BufferedImage zoomedKhorgos() {
    MapRenderer.render(graphics, atlas, zoomed, RenderOptions.DEFAULT);
    return image;
  }

  @Benchmark
  public BufferedImage floorFullExtent() {
    fullFloor.draw(graphics);
    return image;
  }

  @Benchmark
  public BufferedImage floorZoomedKhorgos() {
    zoomedFloor.draw(graphics);
    return image;
  }
}
