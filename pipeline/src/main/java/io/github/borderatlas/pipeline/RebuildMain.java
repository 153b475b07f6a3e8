package io.github.borderatlas.pipeline;

import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.pipeline.border.OsmCountries;
import io.github.borderatlas.pipeline.out.Manifest;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line of the rebuild, called by {@code geodata/rebuild.sh}:
 *
 * <pre>
 * java -Xmx1g -cp ... io.github.borderatlas.pipeline.RebuildMain \
 *   --dumps DIR --osm map.geo.json --out RESOURCE_DIR [--inputs inputs.tsv] \
 *   [--gshhg-version 2.3.7-6]
 * </pre>
 *
 * <p>Prints the measurement report and the outputs' SHA-256 on standard output. Errors are printed
 * as one located message on standard error (never a stack trace), with exit status 1; a usage error
 * exits with 2.
 */
public final class RebuildMain {

  private RebuildMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs with arguments; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println(
            "usage: RebuildMain --dumps DIR --osm FILE --out DIR [--inputs FILE]"
                + " [--gshhg-version V]");
        return 2;
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    for (String required : List.of("dumps", "osm", "out")) {
      if (!opts.containsKey(required)) {
        err.println("missing --" + required);
        return 2;
      }
    }
    RebuildConfig cfg =
        RebuildConfig.of(
            Path.of(opts.get("dumps")),
            Path.of(opts.get("osm")),
            Path.of(opts.get("out")),
            opts.containsKey("inputs") ? Path.of(opts.get("inputs")) : null,
            opts.getOrDefault("gshhg-version", "2.3.7-6"));
    try {
      Manifest m = Rebuild.run(cfg, OsmCountries::read);
      m.report().forEach(out::println);
      for (Manifest.Output o : m.outputs()) {
        out.println(
            o.sha256()
                + "  "
                + o.file()
                + " ("
                + o.features()
                + " features, "
                + o.bytes()
                + " bytes)");
      }
      return 0;
    } catch (PipelineException | GeoJsonException e) {
      err.println("rebuild failed: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("rebuild failed (internal error, please report): " + e);
      return 1;
    }
  }
}
