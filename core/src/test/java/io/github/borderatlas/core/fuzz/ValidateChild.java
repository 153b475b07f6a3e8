package io.github.borderatlas.core.fuzz;

import io.github.borderatlas.core.analysis.Finding;
import io.github.borderatlas.core.analysis.GeoJsonFeatureValidator;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The process {@link ValidateLimitsChildJvmTest} starts: validates a generated input the way {@code
 * borderatlas validate} does (a lenient reader, a {@link GeoJsonFeatureValidator#streaming()}
 * validator, {@link GeoJsonFeatureValidator#validateAll}). Prints {@code OK <features> <findings>
 * <code>=<count>...} and the peak heap use after a full GC ({@code USED <MB>}) and exits 0, {@code
 * ERROR <message>} and 2 for a {@link GeoJsonException}, {@code OOM} and 3 for an OutOfMemoryError.
 *
 * <p>Arguments: {@code MODE}, one of {@code line:VERTICES} and {@code
 * ids:FEATURES:DUPLICATE_EVERY}.
 */
public final class ValidateChild {

  private ValidateChild() {}

  public static void main(String[] args) {
    int code;
    try {
      String[] p = args[0].split(":");
      InputStream in =
          p[0].equals("line")
              ? GeneratedGeoJson.hugeLine(Integer.parseInt(p[1]))
              : GeneratedGeoJson.manyIds(Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      GeoJsonFeatureValidator validator = GeoJsonFeatureValidator.streaming();
      Map<String, Integer> codes = new TreeMap<>();
      GeoJsonReader reader = new GeoJsonReader(ReadOptions.builder().lenient(true).build());
      try (FeatureStream features = reader.open(in, p[0] + ".geojson")) {
        validator.validateAll(features, (Finding f) -> codes.merge(f.code(), 1, Integer::sum));
      }
      StringBuilder sb =
          new StringBuilder("OK " + validator.featureCount() + " " + validator.findingCount());
      codes.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
      System.out.println(sb);
      code = 0;
    } catch (GeoJsonException e) {
      System.out.println("ERROR " + e.getMessage());
      code = 2;
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
      code = 3;
    }
    System.out.flush();
    System.exit(code);
  }
}
