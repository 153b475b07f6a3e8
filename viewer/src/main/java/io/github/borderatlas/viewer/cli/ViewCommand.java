package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.model.Atlas;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code view ATLAS}: opens the map viewer on an atlas file (GeoJSON, e.g. written by {@code
 * border}, or GeoPackage) with the same layers, statistics, crossings and exports as the bundled
 * atlas. Without a display it says so and exits with code 2.
 */
@Command(
    name = "view",
    header = "Open the map viewer on an atlas file.",
    mixinStandardHelpOptions = true,
    description = "Open the viewer on ATLAS (e.g. written by 'border'); needs a display.")
final class ViewCommand implements Callable<Integer> {

  @ParentCommand BorderAtlasCli parent;

  @Parameters(
      index = "0",
      paramLabel = "ATLAS",
      description = "The atlas file: GeoJSON or GeoPackage.")
  Path file;

  @Override
  public Integer call() {
    Atlas atlas = AtlasCommand.readAtlas(file, "view");
    if (GraphicsEnvironment.isHeadless()) {
      throw CliException.usage(
          "no display: try 'stats --atlas " + file + "' or 'render --atlas " + file + "'");
    }
    return parent.viewer().open(atlas);
  }
}
