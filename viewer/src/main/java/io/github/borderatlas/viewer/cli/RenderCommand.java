package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.text.TerminalText;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerFileException;
import io.github.borderatlas.viewer.layerlist.LayerFileReader;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layers.LabelLanguage;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.ExportSettings;
import io.github.borderatlas.viewer.output.MapExport;
import io.github.borderatlas.viewer.output.MapFormat;
import io.github.borderatlas.viewer.output.Paper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code render --out FILE.png|svg|pdf ...}: the map as an image or a vector page, no display. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render the map to PNG, SVG or PDF (works without a display). SVG and PDF stay vector, with",
      "labels as text, and get a print layout (title, date, legend, scale bar, north arrow,",
      "projection, attribution, sources) unless --no-layout. A PNG, width x height x scale²",
      "device pixels, may have at most 100 megapixels and at least 16 pixels each way."
    })
final class RenderCommand extends AtlasCommand {

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "The file to write: .svg or .pdf, else PNG (unless --format); - writes standard"
              + " output. A device, FIFO or symbolic link is written through.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "png|svg|pdf",
      description = "The format (default: from the extension of --out; PNG for other names).")
  String format;

  @Option(
      names = "--layout",
      negatable = true,
      description =
          "Draw the print layout around the map (default: on for svg and pdf, off for png).")
  Boolean layout;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The layout's title (default: ${DEFAULT-VALUE}).",
      defaultValue = ExportSettings.DEFAULT_TITLE)
  String title;

  @Option(
      names = "--paper",
      paramLabel = "A4|A3|letter",
      defaultValue = "A4",
      description = "PDF page size (default ${DEFAULT-VALUE}, portrait).")
  String paper;

  @Option(names = "--landscape", description = "PDF page in landscape orientation.")
  boolean landscape;

  @Option(
      names = "--width",
      paramLabel = "W",
      defaultValue = "1200",
      description = "Width in logical pixels (default ${DEFAULT-VALUE}; PNG and SVG).")
  int width;

  @Option(
      names = "--height",
      paramLabel = "H",
      defaultValue = "800",
      description = "Height in logical pixels (default ${DEFAULT-VALUE}; PNG and SVG).")
  int height;

  @Option(
      names = "--scale",
      paramLabel = "S",
      defaultValue = "1",
      description =
          "PNG device pixels per logical pixel, e.g. 2 for HiDPI, up to 4 (default"
              + " ${DEFAULT-VALUE}); the scaled width and height must be at least 16 pixels.")
  double scale;

  @Option(
      names = "--date",
      paramLabel = "YYYY[-MM[-DD]]",
      description =
          "Draw the map as on this date (a year or month stands for its last day, once its"
              + " events have happened); features not valid then are greyed.")
  String date;

  @Option(
      names = "--lang",
      paramLabel = "en|kk|zh|ru",
      description =
          "Language of the labels: English, Kazakh, Chinese or Russian (default en); a name"
              + " missing in that language is shown in English.")
  String lang;

  @Option(
      names = "--add",
      paramLabel = "FILE",
      description =
          "Draw a GeoJSON file, or each vector table of a GeoPackage, over the atlas, as the"
              + " viewer's File > Open layers does (automatic style, a colour per layer); repeat"
              + " for more files, drawn in the order given.")
  List<Path> add = new ArrayList<>();

  @Mixin MapAreaOptions area;

  @Override
  public Integer call() {
    int[] device = RenderLimits.check(width, height, scale, RenderLimits.freeHeapBytes());
    RenderOptions options = RenderOptions.DEFAULT;
    PartialDate when = date == null ? null : Arguments.partialDate(date);
    if (when != null) {
      options = options.withDate(when.lastDay());
    }
    if (lang != null) {
      try {
        options = options.withLanguage(LabelLanguage.fromCode(lang));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--lang " + TerminalText.escape(lang) + ": " + e.getMessage());
      }
    }
    Envelope lonLat = area.lonLat();
    Paper page = paper();
    MapFormat fmt = format();
    ExportSettings settings =
        ExportSettings.defaults(fmt).withTitle(title).withPaper(page, landscape).withScale(scale);
    if (layout != null) {
      settings = settings.withLayout(layout);
    }
    if (when != null) {
      settings = settings.withDateLabel(when.toString());
    }
    ProjectedAtlas pa = new ProjectedAtlas(atlas(), RegionMapProjection.REGION);
    options = options.withLayers(withFiles(options.layers(), pa.projection()));
    try (Output output = Output.open(out, stdio())) {
      Viewport vp = MapAreaOptions.viewport(pa, lonLat, width, height);
      String what;
      try {
        what = MapExport.write(new MapSnapshot(pa, vp, options), settings, output.stream());
        output.commit();
      } catch (OutOfMemoryError e) {
        throw CliException.usage(
            RenderLimits.tooLittleMemory(device[0], device[1], RenderLimits.freeHeapBytes()));
      } catch (IOException e) {
        throw output.failure(e);
      }
      return done(
          output,
          "Wrote %s (%s%s, %.3f km per logical pixel)",
          output.label(),
          fmt == MapFormat.PNG ? "" : fmt.name() + " ",
          what,
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
        for (LayerFileReader.FileLayer l :
            LayerFileReader.readLayers(file, projection, LayerFileReader.NO_MONITOR)) {
          list.addFile(l.title(file), file, l.table(), l.features());
        }
      } catch (LayerFileException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    return list.snapshot();
  }

  /** Extensions of image formats render does not write: refused rather than filled with PNG. */
  static final Set<String> OTHER_IMAGE_TYPES =
      Set.of("gif", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "eps", "ps", "emf", "wmf");

  private MapFormat format() {
    if (format != null) {
      return MapFormat.named(format)
          .orElseThrow(
              () -> CliException.usage("--format must be png, svg or pdf, was \"" + format + "\""));
    }
    Optional<MapFormat> named = MapFormat.ofFile(out);
    if (named.isPresent()) {
      return named.get();
    }
    String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && OTHER_IMAGE_TYPES.contains(name.substring(dot + 1))) {
      throw CliException.usage(
          "cannot write "
              + out
              + ": render writes png, svg or pdf; name the file so, or give --format png|svg|pdf");
    }
    return MapFormat.PNG; // "-", a device, or any other name: PNG, as render always wrote
  }

  private Paper paper() {
    return Paper.named(paper)
        .orElseThrow(
            () -> CliException.usage("--paper must be A4, A3 or letter, was \"" + paper + "\""));
  }
}
