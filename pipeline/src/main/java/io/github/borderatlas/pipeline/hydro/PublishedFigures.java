package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.io.atlas.FiguresJson;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.pipeline.PipelineException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The published figures of the catalog's rivers and lakes (facts.md §4, with their sources): one
 * class-path file per feature, {@code figures/<feature id>.json} next to this class, in the atlas
 * figures format ({@code {"figures": [...]}}, "Figure objects" in {@code docs/geojson-schema.md}),
 * read by core's {@link FiguresJson}. Keeping the figures as data leaves the catalogs with what the
 * extraction needs (names, course points, outflows). Stateless and thread-safe.
 */
final class PublishedFigures {

  private PublishedFigures() {}

  /**
   * The figures of one feature, in file order.
   *
   * @param featureId e.g. {@code "river.ili"}
   * @throws PipelineException when the file is missing or does not follow the figures format (the
   *     message names the file, line:column and JSON path)
   */
  static List<Figure> of(String featureId) {
    String name = "figures/" + featureId + ".json";
    try (InputStream in = PublishedFigures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new PipelineException(
            "no such class-path resource next to " + PublishedFigures.class.getName(), name, -1);
      }
      return FiguresJson.read(in, name).all();
    } catch (GeoJsonException e) { // AtlasFormatException too: both carry file:line:column
      throw new PipelineException(e.getMessage(), null, -1, e);
    } catch (IOException e) {
      throw new PipelineException("cannot read: " + e.getMessage(), name, -1, e);
    }
  }
}
