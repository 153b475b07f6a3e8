package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.MapProjection;
import io.github.borderatlas.viewer.map.MapRenderer;
import io.github.borderatlas.viewer.map.ProjectedAtlas;
import io.github.borderatlas.viewer.map.RegionMapProjection;
import io.github.borderatlas.viewer.map.Viewport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render --out FILE.png ...}: the map as a PNG, without a display. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render the map to a PNG file (works without a display).")
final class RenderCommand extends AtlasCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.png",
      description = "The PNG file to write.")
  Path out;

  @Option(
      names = "--width",
      paramLabel = "W",
      defaultValue = "1200",
      description = "Width in logical pixels (default ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--height",
      paramLabel = "H",
      defaultValue = "800",
      description = "Height in logical pixels (default ${DEFAULT-VALUE}).")
  int height;

  @Option(
      names = "--scale",
      paramLabel = "S",
      defaultValue = "1",
      description = "Device pixels per logical pixel, e.g. 2 for HiDPI (default ${DEFAULT-VALUE}).")
  double scale;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Grey out features not valid on this date.")
  String date;

  @Option(
      names = "--bbox",
      paramLabel = "W,S,E,N",
      description = "Area to show, degrees (default: the border, rivers and lakes).")
  String bbox;

  @Override
  public Integer call() {
    if (width < 16 || width > 10_000 || height < 16 || height > 10_000) {
      throw CliException.usage(
          "--width and --height must lie in 16..10000, were " + width + " and " + height);
    }
    if (!(scale > 0 && scale <= 4)) {
      throw CliException.usage("--scale must lie in (0, 4], was " + scale);
    }
    Path file = Arguments.output(out, "--out");
    RenderOptions options = RenderOptions.DEFAULT;
    if (date != null) {
      options = options.withDate(Arguments.date(date));
    }
    Envelope lonLat = bbox == null ? null : Arguments.bbox(bbox);
    ProjectedAtlas pa = new ProjectedAtlas(atlas(), RegionMapProjection.REGION);
    Envelope extent = lonLat == null ? pa.dataExtent() : project(lonLat, pa.projection());
    Viewport vp = Viewport.fit(extent, width, height, lonLat == null ? 24 : 0);
    BufferedImage img = MapRenderer.renderImage(pa, vp, options, scale);
    try {
      AtomicFiles.write(
          file,
          o -> {
            if (!ImageIO.write(img, "png", o)) {
              throw new IOException("no PNG writer available");
            }
          });
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + e.getMessage());
    }
    return done(
        "Wrote %s (%dx%d px, %.3f km per logical pixel)",
        out, img.getWidth(), img.getHeight(), vp.metresPerPixel() / 1000);
  }

  /** The projected envelope of a lon/lat box (its edges sampled, since meridians converge). */
  static Envelope project(Envelope lonLat, MapProjection proj) {
    Envelope e = new Envelope();
    double[] xy = new double[2];
    int n = 16;
    for (int i = 0; i <= n; i++) {
      double lon = lonLat.getMinX() + lonLat.getWidth() * i / n;
      double lat = lonLat.getMinY() + lonLat.getHeight() * i / n;
      for (double[] p :
          new double[][] {
            {lon, lonLat.getMinY()}, {lon, lonLat.getMaxY()},
            {lonLat.getMinX(), lat}, {lonLat.getMaxX(), lat}
          }) {
        proj.project(p[0], p[1], xy);
        if (Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
          e.expandToInclude(xy[0], xy[1]);
        }
      }
    }
    return e;
  }
}
