package io.github.borderatlas.core.fuzz;

import io.github.borderatlas.core.io.convert.ConvertProgress;
import io.github.borderatlas.core.io.convert.ConvertResult;
import io.github.borderatlas.core.io.convert.GeoJsonConverter;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The process the child-JVM tests start ({@link ConvertLimitsChildJvmTest}, {@link
 * ConvertKillTest}): converts a generated input to a file with default options, like {@code
 * borderatlas convert}. Prints {@code OK <features> <bytes read>} and exits 0, or prints {@code
 * ERROR <message>} and exits 2 for a {@link GeoJsonException}, {@code OOM} and 3 for an
 * OutOfMemoryError, {@code UNEXPECTED <throwable>} and 4 for anything else.
 *
 * <p>Arguments: {@code MODE OUT}, MODE one of {@code string-60mb}, {@code ring-10m}, {@code
 * slow:FEATURES:PAUSE_MS} and {@code bad:FEATURES:BAD_INDEX}.
 */
public final class ConvertChild {

  private ConvertChild() {}

  public static void main(String[] args) {
    int code;
    try {
      InputStream in = input(args[0]);
      ConvertResult r =
          new GeoJsonConverter()
              .convert(in, args[0] + ".geojson", -1, Path.of(args[1]), ConvertProgress.NONE);
      System.out.println("OK " + r.featuresWritten() + " " + r.bytesRead());
      code = 0;
    } catch (GeoJsonException e) {
      System.out.println("ERROR " + e.getMessage());
      code = 2;
    } catch (OutOfMemoryError e) {
      System.out.println("OOM");
      code = 3;
    } catch (Throwable e) {
      System.out.println("UNEXPECTED " + e);
      code = 4;
    }
    System.out.flush();
    System.exit(code);
  }

  private static InputStream input(String mode) {
    String[] p = mode.split(":");
    switch (p[0]) {
      case "string-60mb":
        return GeneratedGeoJson.hugeString(60L << 20);
      case "ring-10m":
        return GeneratedGeoJson.hugeRing(10_000_000);
      case "slow":
        return GeneratedGeoJson.slowSquares(Integer.parseInt(p[1]), Long.parseLong(p[2]), -1);
      case "bad":
        return GeneratedGeoJson.slowSquares(Integer.parseInt(p[1]), 0, Integer.parseInt(p[2]));
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
  }
}
