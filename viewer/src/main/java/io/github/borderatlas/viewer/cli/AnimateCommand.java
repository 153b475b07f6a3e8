package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.draw.ProjectedAtlas;
import io.github.borderatlas.viewer.draw.RegionMapProjection;
import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.RenderOptions;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.GifAnimation;
import io.github.borderatlas.viewer.output.HistoryFrames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code animate --out history.gif ...}: the map through the timeline as an animated GIF. */
@Command(
    name = "animate",
    mixinStandardHelpOptions = true,
    description = {
      "Write an animated GIF of the map through time: one frame per timeline entry between",
      "--from and --to (or one every --step-years years), each captioned with its date at its",
      "precision and the event, drawn as at the end of that date. Loops forever."
    })
final class AnimateCommand extends AtlasCommand {

  /** Shortest and longest frame time, milliseconds (GIF delays are hundredths of a second). */
  static final int MIN_FRAME_MS = 20;

  static final int MAX_FRAME_MS = 60_000;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.gif",
      description = "The GIF file to write; - writes standard output.")
  Path out;

  @Option(
      names = "--from",
      paramLabel = "YEAR",
      description = "First year (default: the year of the first timeline entry).")
  Integer from;

  @Option(
      names = "--to",
      paramLabel = "YEAR",
      description = "Last year (default: the year of the last timeline entry).")
  Integer to;

  @Option(
      names = "--step-years",
      paramLabel = "N",
      description = "One frame every N years instead of one per timeline entry.")
  Integer stepYears;

  @Option(
      names = "--width",
      paramLabel = "W",
      defaultValue = "800",
      description = "Width in pixels (default ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = "--height",
      paramLabel = "H",
      defaultValue = "560",
      description = "Height in pixels, caption included (default ${DEFAULT-VALUE}).")
  int height;

  @Option(
      names = "--frame-ms",
      paramLabel = "MS",
      defaultValue = "1500",
      description = "How long each frame shows, milliseconds (default ${DEFAULT-VALUE}).")
  int frameMs;

  @Mixin MapAreaOptions area;

  @Override
  public Integer call() {
    RenderLimits.check(width, height, 1, RenderLimits.freeHeapBytes());
    if (frameMs < MIN_FRAME_MS || frameMs > MAX_FRAME_MS) {
      throw CliException.usage(
          "--frame-ms must lie in " + MIN_FRAME_MS + ".." + MAX_FRAME_MS + ", was " + frameMs);
    }
    if (stepYears != null && stepYears < 1) {
      throw CliException.usage("--step-years must be at least 1, was " + stepYears);
    }
    Envelope lonLat = area.lonLat();
    Atlas atlas = atlas();
    List<HistoryFrames.Frame> frames = frames(atlas);
    try (Output output = Output.open(out, stdio())) {
      ProjectedAtlas pa = new ProjectedAtlas(atlas, RegionMapProjection.REGION);
      Viewport vp = MapAreaOptions.viewport(pa, lonLat, width, height);
      TerminalLine line = new TerminalLine(TerminalLine.terminalOrNull(stdio().err()), true);
      try {
        GifAnimation.write(
            new MapSnapshot(pa, vp, RenderOptions.DEFAULT),
            frames,
            frameMs,
            output.stream(),
            (i, n, f) -> line.show("Rendering frame " + (i + 1) + "/" + n + ": " + f.caption()));
        line.erase();
        output.commit();
      } catch (IOException e) {
        line.erase();
        throw output.failure(e);
      }
      return done(
          output,
          "Wrote %s (%d frames, %dx%d px, %d ms each, looping)",
          output.label(),
          frames.size(),
          width,
          height,
          frameMs);
    } catch (IOException e) {
      throw CliException.usage("cannot write " + out + ": " + IoReasons.reason(e));
    }
  }

  private List<HistoryFrames.Frame> frames(Atlas atlas) {
    int[] span = HistoryFrames.yearSpan(atlas);
    if ((from == null || to == null) && span.length == 0) {
      throw CliException.usage("the atlas has no timeline entries: give --from and --to");
    }
    int first = from != null ? from : span[0];
    int last = to != null ? to : span[1];
    if (first > last) {
      throw CliException.usage("--from must not be after --to, were " + first + " and " + last);
    }
    if (first < 1 || last > 9999) {
      throw CliException.usage("--from and --to must lie in 1..9999");
    }
    List<HistoryFrames.Frame> frames =
        stepYears == null
            ? HistoryFrames.perEntry(atlas, first, last)
            : HistoryFrames.everyYears(atlas, first, last, stepYears);
    if (frames.isEmpty()) {
      throw CliException.usage(
          "no timeline entries between "
              + first
              + " and "
              + last
              + ": widen --from/--to, or give --step-years");
    }
    if (frames.size() > MAX_FRAMES) {
      throw CliException.usage(
          frames.size() + " frames are too many (at most " + MAX_FRAMES + "): raise --step-years");
    }
    return frames;
  }

  /** Most frames written (a GIF of 800x560 frames takes about 100 kB each). */
  static final int MAX_FRAMES = 2000;
}
