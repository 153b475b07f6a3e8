package io.github.borderatlas.pipeline.border;

import io.github.borderatlas.core.geodesy.GeodesicLineIndex;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.pipeline.gmt.GmtSegment;
import io.github.borderatlas.pipeline.hydro.LevelMerger;
import io.github.borderatlas.pipeline.hydro.RiverOrienter;
import io.github.borderatlas.pipeline.hydro.RiverPicker;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * Compares the OSM border with GSHHG's WDBII national border (digitised in the 1970s–80s, before
 * the 1994–2002 settlement): the WDBII line through the China–Kazakhstan sector is picked by two
 * points on it, cut at the positions nearest the tripoints, and measured; its offset from the OSM
 * line is sampled every 2 km. For the report only; nothing of it is written to the dataset.
 * Stateless and thread-safe.
 */
public final class WdbiiBorderComparison {

  private static final List<Coordinate> ON_SECTOR =
      List.of(new Coordinate(85.5, 48.0), new Coordinate(80.5, 43.9));

  private WdbiiBorderComparison() {}

  /** One report line: WDBII length and its median and largest offset from the OSM line. */
  public static String describe(List<GmtSegment> wdbiiBorders, LineString osm) {
    RiverPicker.Pick pick = RiverPicker.pick(LevelMerger.mergeAll(wdbiiBorders), ON_SECTOR);
    LineString trunk = RiverOrienter.orientDownstream(pick.line().line(), ON_SECTOR);
    LineString wdbii =
        RiverOrienter.cut(
            trunk, Tripoints.russiaEnd(), Tripoints.kyrgyzstanEnd(), Geometries.FACTORY);
    GeodesicLineIndex cl = new GeodesicLineIndex(wdbii);
    GeodesicLineIndex osmIndex = new GeodesicLineIndex(osm);
    int n = (int) (cl.lengthMetres() / 2000);
    double[] offsets = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      Coordinate p = cl.pointAt(i * 2000.0);
      offsets[i] = osmIndex.distanceMetres(p.x, p.y);
    }
    Arrays.sort(offsets);
    return String.format(
        Locale.ROOT,
        "comparison: the WDBII border (GSHHG, pre-1994) between the tripoints is %.1f km, "
            + "a median %.2f km and at most %.1f km from the OSM line",
        cl.lengthMetres() / 1000,
        offsets[offsets.length / 2] / 1000,
        offsets[offsets.length - 1] / 1000);
  }
}
