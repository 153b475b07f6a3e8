package io.github.borderatlas.viewer.layerlist;

import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;

/**
 * Turns a project's layers ({@link ProjectFile#read}) into a layer list: atlas layers at once, file
 * layers by reading their files. A file that is missing or cannot be read is left out and named in
 * {@link Result#problems()}; the other layers open. Stateless and thread-safe; run it off the event
 * dispatch thread (it reads the files).
 */
public final class ProjectOpening {

  /**
   * What opened.
   *
   * @param layers the layers, bottom first
   * @param problems one line per left-out layer ({@code "missing file: PATH"} or the file's located
   *     error), in project order
   */
  public record Result(List<LayerEntry> layers, List<String> problems) {
    public Result {
      layers = List.copyOf(layers);
      problems = List.copyOf(problems);
    }

    /** The message for the user, or empty when everything opened. */
    public String message() {
      if (problems.isEmpty()) {
        return "";
      }
      return (problems.size() == 1
              ? "One layer of the project could not be opened"
              : problems.size() + " layers of the project could not be opened")
          + "; the other layers are open:\n"
          + String.join("\n", problems);
    }
  }

  private ProjectOpening() {}

  /**
   * Opens the layers.
   *
   * @param specs the project's layers, bottom first
   * @param read reads a file's features, or a GeoPackage file's table (e.g. {@link
   *     LayerFileReader#read(Path, String, MapProjection, LayerFileReader.Monitor)} with a progress
   *     monitor); may throw {@link LayerFileException}, and {@link CancellationException}, which
   *     stops the whole opening
   */
  public static Result open(
      List<ProjectLayer> specs, BiFunction<Path, String, ProjectedFeatures> read) {
    List<LayerEntry> layers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (ProjectLayer spec : specs) {
      double opacity = Double.isNaN(spec.opacity()) ? 1 : Math.max(0, Math.min(1, spec.opacity()));
      if (spec.atlas() != null) {
        LayerEntry e = LayerEntry.atlas(spec.atlas());
        if (layers.stream().noneMatch(l -> l.id().equals(e.id()))) {
          layers.add(e.withVisible(spec.visible()).withOpacity(opacity));
        }
        continue;
      }
      if (!Files.isRegularFile(spec.file())) {
        problems.add("missing file: " + spec.file());
        continue;
      }
      ProjectedFeatures features;
      try {
        features = read.apply(spec.file(), spec.table());
      } catch (LayerFileException e) {
        problems.add(e.getMessage());
        continue;
      }
      LayerStyle style =
          spec.style() != null
              ? spec.style()
              : LayerStyle.defaults(
                  features.kind(), LayerColours.PALETTE.get(n % LayerColours.PALETTE.size()));
      layers.add(
          new LayerEntry(
              "file." + ++n,
              spec.title(),
              new LayerSource.File(spec.file(), spec.table(), features),
              spec.visible(),
              opacity,
              style));
    }
    return new Result(layers, problems);
  }
}
