package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.text.TerminalText;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerFileException;
import io.github.borderatlas.viewer.layerlist.LayerFileReader;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.LabelLanguage;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.MapRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code render --out FILE.png ...}: the map as a PNG, without a display. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render the map to a PNG file (works without a display). The image, width x height x",
      "scale² device pixels, may have at most 100 megapixels and at least 16 pixels each way."
    })
final class RenderCommand extends AtlasCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.png",
      description =
          "The PNG file to write; - writes standard output. A device, FIFO or symbolic link is"
              + " written through.")
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
      description =
          "Device pixels per logical pixel, e.g. 2 for HiDPI, up to 4 (default ${DEFAULT-VALUE});"
              + " the scaled width and height must be at least 16 pixels.")
  double scale;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Grey out features not valid on this date.")
  String date;

  @Option(
      names = "--lang",
      paramLabel = "en|kk|zh|ru",
      description =
          "Language of the labels: English, Kazakh, Chinese or Russian (default en); a name"
              + " missing in that language is shown in English.")
  String lang;

  @Option(
      names = "--bbox",
      paramLabel = "W,S,E,N",
      description = "Area to show, degrees (default: the border, rivers and lakes).")
  String bbox;

  @Option(
      names = "--add",
      paramLabel = "FILE",
      description =
          "Draw a GeoJSON file over the atlas, as the viewer's File > Open layers does (automatic"
              + " style, a colour per file); repeat for more files, drawn in the order given.")
  List<Path> add = new ArrayList<>();

  @Override
  public Integer call() {
    int[] device = RenderLimits.check(width, height, scale, RenderLimits.freeHeapBytes());
    RenderOptions options = RenderOptions.DEFAULT;
    if (date != null) {
      options = options.withDate(Arguments.date(date));
    }
    if (lang != null) {
      try {
        options = options.withLanguage(LabelLanguage.fromCode(lang));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--lang " + TerminalText.escape(lang) + ": " + e.getMessage());
      }
    }
    Envelope lonLat = bbox == null ? null : Arguments.bbox(bbox);
    ProjectedAtlas pa = new ProjectedAtlas(atlas(), RegionMapProjection.REGION);
    options = options.withLayers(withFiles(options.layers(), pa.projection()));
    try (Output output = Output.open(out, stdio())) {
      Envelope extent = lonLat == null ? pa.dataExtent() : project(lonLat, pa.projection());
      Viewport vp = Viewport.fit(extent, width, height, lonLat == null ? 24 : 0);
      BufferedImage img;
      try {
        img = MapRenderer.renderImage(pa, vp, options, scale);
      } catch (OutOfMemoryError e) {
        throw CliException.usage(
            RenderLimits.tooLittleMemory(device[0], device[1], RenderLimits.freeHeapBytes()));
      }
      try {
        writePng(img, output.stream());
        output.commit();
      } catch (IOException e) {
        throw output.failure(e);
      }
      return done(
          output,
          "Wrote %s (%dx%d px, %.3f km per logical pixel)",
          output.label(),
          img.getWidth(),
          img.getHeight(),
          vp.metresPerPixel() / 1000);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
  }

  /** The layers with the {@code --add} files on top, read as the viewer reads them. */
  private List<LayerEntry> withFiles(List<LayerEntry> layers, MapProjection projection) {
    LayerList list = new LayerList(layers);
    for (Path file : add) {
      try {
        ProjectedFeatures features =
            LayerFileReader.read(file, projection, LayerFileReader.NO_MONITOR);
        list.addFile(String.valueOf(file.getFileName()), file, features);
      } catch (LayerFileException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    return list.snapshot();
  }

  /**
   * Encodes {@code img} as PNG into {@code out}, caching in memory rather than in a file of the
   * temporary directory (which a full disk would make fail too).
   */
  static void writePng(BufferedImage img, OutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(img);
      ios.flush();
    } finally {
      writer.dispose();
    }
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
