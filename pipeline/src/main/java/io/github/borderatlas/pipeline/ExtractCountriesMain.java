package io.github.borderatlas.pipeline;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * Filters countries out of the OpenStreetMap country file into a GeoJSON file, streaming, as {@code
 * ogr2ogr -where "A3 IN (...)"} does; used by {@code geodata/rebuild.sh --time} to compare the two
 * side by side.
 *
 * <pre>java -Xmx1g -cp ... io.github.borderatlas.pipeline.ExtractCountriesMain IN OUT KAZ CHN</pre>
 *
 * <p>Exit status 0 on success, 1 with a located message on a bad file, 2 on a usage error.
 */
public final class ExtractCountriesMain {

  private ExtractCountriesMain() {}

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: ExtractCountriesMain IN.geojson OUT.geojson A3 [A3...]");
      System.exit(2);
    }
    List<String> codes = List.of(args).subList(2, args.length);
    ReadOptions options =
        ReadOptions.builder().where("A3", new java.util.ArrayList<>(codes)).build();
    try (FeatureStream in = new GeoJsonReader(options).open(Path.of(args[0]))) {
      new GeoJsonWriter()
          .writeTo(
              Path.of(args[1]),
              w -> {
                while (in.hasNext()) {
                  w.write(in.next());
                }
              });
      System.out.println(in.count() + " features read, " + in.filtered() + " filtered out");
    } catch (GeoJsonException e) {
      System.err.println("extract failed: " + e.getMessage());
      System.exit(1);
    }
  }
}
