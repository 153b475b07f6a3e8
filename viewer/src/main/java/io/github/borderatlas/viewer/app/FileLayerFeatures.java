package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.geopackage.GeoPackageReader;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.draw.ProjectedFeatures;
import io.github.borderatlas.viewer.layerlist.LayerSource;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The features of a layer the user added, as lon/lat GeoJSON features for the attribute table and
 * the search box. The map keeps only their projected shapes, so {@link #read} reads the file again
 * (exact WGS84 geometry, for measuring against the border) and {@link #envelopes} gives each
 * feature its lon/lat bounding box (enough to find it and zoom to it). Stateless; call both off the
 * event dispatch thread.
 */
final class FileLayerFeatures {

  private static final GeometryFactory LON_LAT = new GeometryFactory();

  private FileLayerFeatures() {}

  /**
   * The layer's features as its file holds them: a GeoJSON file, or one GeoPackage table.
   *
   * @throws io.github.borderatlas.core.io.geojson.GeoJsonException or {@link
   *     io.github.borderatlas.geopackage.GeoPackageException} with a located message
   */
  static List<GeoJsonFeature> read(LayerSource.File source) {
    return source.table() == null
        ? new GeoJsonReader().readAll(source.file())
        : GeoPackageReader.read(source.file(), source.table()).features();
  }

  /**
   * Each feature with its id, its properties and, as geometry, its lon/lat bounding box (a point
   * for a point feature), inverted from the projected envelope.
   */
  static List<GeoJsonFeature> envelopes(ProjectedFeatures features, MapProjection projection) {
    List<GeoJsonFeature> out = new ArrayList<>(features.features().size());
    double[] ll = new double[2];
    for (ProjectedFeatures.Feature f : features.features()) {
      Envelope e = f.envelope();
      Geometry g = null;
      if (!e.isNull()) {
        Envelope lonLat = new Envelope();
        for (double[] corner :
            new double[][] {
              {e.getMinX(), e.getMinY()}, {e.getMaxX(), e.getMinY()},
              {e.getMinX(), e.getMaxY()}, {e.getMaxX(), e.getMaxY()}
            }) {
          projection.inverse(corner[0], corner[1], ll);
          lonLat.expandToInclude(ll[0], ll[1]);
        }
        g =
            lonLat.getArea() == 0
                ? LON_LAT.createPoint(new Coordinate(lonLat.getMinX(), lonLat.getMinY()))
                : LON_LAT.toGeometry(lonLat);
      }
      out.add(new GeoJsonFeature(f.id(), g, f.properties()));
    }
    return out;
  }
}
