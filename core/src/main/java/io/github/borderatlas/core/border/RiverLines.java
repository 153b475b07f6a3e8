package io.github.borderatlas.core.border;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Validity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Reads rivers from any GeoJSON file of lines (LineString or MultiLineString features, WGS84
 * lon/lat, each digitised downstream), keeping those whose box meets a given box. The name is the
 * first of the properties {@code name}, {@code NAME}, {@code name_en} present, else "river N"; ids
 * are {@code river.N} in file order. Stateless and thread-safe.
 */
public final class RiverLines {

  private static final List<String> NAME_KEYS = List.of("name", "NAME", "name_en");

  private RiverLines() {}

  /**
   * The rivers near a box.
   *
   * @param file the GeoJSON file
   * @param box lon/lat box the rivers must meet
   * @param provenance source and licence to give the rivers
   */
  public static List<River> read(Path file, Envelope box, Provenance provenance) {
    ReadOptions o =
        ReadOptions.builder()
            .geometryFactory(Geometries.FACTORY)
            .bbox(
                Math.max(-180, box.getMinX()),
                Math.max(-90, box.getMinY()),
                Math.min(180, box.getMaxX()),
                Math.min(90, box.getMaxY()))
            .build();
    List<River> out = new ArrayList<>();
    try (FeatureStream s = new GeoJsonReader(o).open(file)) {
      while (s.hasNext()) {
        GeoJsonFeature f = s.next();
        if (!(f.geometry() instanceof LineString || f.geometry() instanceof MultiLineString)) {
          continue;
        }
        int n = out.size() + 1;
        String name = "river " + n;
        for (String k : NAME_KEYS) {
          if (f.properties().get(k) instanceof String v && !v.isBlank()) {
            name = v;
            break;
          }
        }
        out.add(
            new River(
                "river." + n,
                Names.english(name),
                f.geometry(),
                null,
                false,
                null,
                provenance,
                Validity.ALWAYS));
      }
    }
    return out;
  }
}
