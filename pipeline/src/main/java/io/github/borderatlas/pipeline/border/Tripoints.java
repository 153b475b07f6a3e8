package io.github.borderatlas.pipeline.border;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The two ends of the China–Kazakhstan line as the tripoint agreements of 1999 give them, in the
 * Pulkovo-1942 datum (EPSG:4284, Krassowsky ellipsoid), converted to WGS84 (EPSG:4326) with proj4j
 * and the seven-parameter Helmert shift of EPSG transformation 1334 (Pulkovo 1942 to WGS 84 (3),
 * the one PROJ uses for EPSG:4284: {@code +towgs84=23.92,-141.27,-80.9,0,0.35,0.82,-0.12}).
 *
 * <p>The treaty coordinates were read off 1:50,000 maps to 0.1′ (≈ 185 m) at the Russian end and to
 * 0.1″ at Khan Tengri; the datum shift itself is good to a few metres. Results are lon/lat (x =
 * longitude, y = latitude). Thread-safe (each call builds its own transform).
 */
public final class Tripoints {

  /** Pulkovo 1942 geographic, as PROJ defines EPSG:4284. */
  public static final String PULKOVO_1942 =
      "+proj=longlat +ellps=krass +towgs84=23.92,-141.27,-80.9,0,0.35,0.82,-0.12 +no_defs";

  /** WGS84 geographic, EPSG:4326. */
  public static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

  /** China–Russia–Kazakhstan, 49°06.9′N 87°17.2′E Pulkovo-1942 (1999 tripoint agreement). */
  public static final Coordinate RU_PULKOVO = new Coordinate(87 + 17.2 / 60, 49 + 6.9 / 60);

  /**
   * China–Kyrgyzstan–Kazakhstan on Khan Tengri, 42°12′36.4″N 80°10′31.1″E Pulkovo-1942 (1999
   * tripoint agreement).
   */
  public static final Coordinate KG_PULKOVO =
      new Coordinate(80 + 10 / 60.0 + 31.1 / 3600, 42 + 12 / 60.0 + 36.4 / 3600);

  private Tripoints() {}

  /** The China–Russia–Kazakhstan tripoint in WGS84 lon/lat degrees. */
  public static Coordinate russiaEnd() {
    return pulkovoToWgs84(RU_PULKOVO);
  }

  /** The China–Kyrgyzstan–Kazakhstan tripoint (Khan Tengri) in WGS84 lon/lat degrees. */
  public static Coordinate kyrgyzstanEnd() {
    return pulkovoToWgs84(KG_PULKOVO);
  }

  /** Converts a Pulkovo-1942 lon/lat (degrees) to WGS84 lon/lat (degrees). */
  public static Coordinate pulkovoToWgs84(Coordinate lonLat) {
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem src = crs.createFromParameters("EPSG:4284", PULKOVO_1942);
    CoordinateReferenceSystem dst = crs.createFromParameters("EPSG:4326", WGS84);
    CoordinateTransform t = new CoordinateTransformFactory().createTransform(src, dst);
    ProjCoordinate out = new ProjCoordinate();
    t.transform(new ProjCoordinate(lonLat.x, lonLat.y), out);
    return new Coordinate(out.x, out.y);
  }
}
