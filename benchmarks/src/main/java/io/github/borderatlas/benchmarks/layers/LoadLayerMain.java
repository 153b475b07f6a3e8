package io.github.borderatlas.benchmarks.layers;

import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.layerlist.LayerFileReader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a GeoJSON file into a map layer exactly as the viewer's File &gt; Open does ({@link
 * LayerFileReader}: streamed, projected into flat chunked arrays), prints the feature and vertex
 * counts and the time taken, and exits: the Java side of {@code
 * benchmarks/scripts/open-vs-ogr2ogr.sh}. With {@code --band M} it also computes the
 * level-of-detail band of a view at M metres per pixel (what the first frame at that scale costs).
 *
 * <p>Usage: {@code java -Xmx1g -cp benchmarks.jar
 * io.github.borderatlas.benchmarks.layers.LoadLayerMain FILE [--band METRES_PER_PIXEL]}
 */
public final class LoadLayerMain {

  private LoadLayerMain() {}

  public static void main(String[] args) {
    if (args.length != 1 && args.length != 3) {
      System.err.println("usage: LoadLayerMain FILE [--band METRES_PER_PIXEL]");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    ProjectedFeatures layer =
        LayerFileReader.read(
            Path.of(args[0]), RegionMapProjection.REGION, LayerFileReader.NO_MONITOR);
    long t1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%s: %d features, %d vertices, loaded in %.2f s%n",
        args[0],
        layer.features().size(),
        layer.vertexCount(),
        (t1 - t0) / 1e9);
    if (args.length == 3) {
      double mpp = Double.parseDouble(args[2]);
      long n = 0;
      for (var shape : layer.shapes(mpp)) {
        n += shape.vertexCount();
      }
      System.out.printf(
          Locale.ROOT,
          "band at %.0f m/px: %d vertices, computed in %.2f s%n",
          mpp,
          n,
          (System.nanoTime() - t1) / 1e9);
    }
  }
}
