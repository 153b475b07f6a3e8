package io.github.borderatlas.geopackage;

import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.atlas.AtlasSchema;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.JsonText;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.TimelineEntry;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes an atlas into a new GeoPackage file as {@link AtlasTables} describes, with NGA's library:
 * SRS EPSG:4326, an RTree spatial index per feature table, everything in one transaction. The
 * caller provides a file that does not exist yet and moves it into place. Not thread-safe; one per
 * write.
 */
final class AtlasGeoPackageWriter {

  private static final int WGS84 = 4326;

  private final GeoPackage gp;
  private final SpatialReferenceSystem srs;
  private final WKBWriter wkb = new WKBWriter(2);
  private int written;

  private AtlasGeoPackageWriter(GeoPackage gp) throws Exception {
    this.gp = gp;
    this.srs = gp.getSpatialReferenceSystemDao().getOrCreateFromEpsg(WGS84);
  }

  /**
   * Creates {@code file} and writes the layers of the atlas into it.
   *
   * @return the number of features written (timeline entries counted once)
   * @throws Exception whatever NGA or SQLite throws; the caller locates it
   */
  static int write(Atlas atlas, Set<Layer> layers, File file) throws Exception {
    GeoPackageManager.create(file, false);
    GeoPackage gp = GeoPackageManager.open(file, false);
    try {
      // a scratch file: the copy to the output is what gets synced (AtomicOutput.commit)
      gp.execSQL("PRAGMA synchronous = OFF");
      gp.execSQL("PRAGMA journal_mode = MEMORY");
      gp.createGeometryColumnsTable();
      AtlasGeoPackageWriter w = new AtlasGeoPackageWriter(gp);
      w.writeAll(atlas, layers);
      return w.written;
    } finally {
      gp.close();
    }
  }

  private void writeAll(Atlas atlas, Set<Layer> layers) throws Exception {
    Map<Layer, List<GeoJsonFeature>> byLayer = new EnumMap<>(Layer.class);
    List<GeoJsonFeature> timeline = new ArrayList<>();
    List<AtlasFeature> chosen = new ArrayList<>();
    List<GeoJsonFeature> all = new ArrayList<>();
    for (AtlasFeature f : atlas.features()) {
      if (!layers.contains(f.layer())) {
        continue;
      }
      chosen.add(f);
      GeoJsonFeature encoded = AtlasFeatureEncoder.encode(f);
      all.add(encoded);
      if (f instanceof TimelineEntry) {
        timeline.add(encoded);
        if (encoded.geometry() == null) {
          continue; // only in the timeline table
        }
      }
      byLayer.computeIfAbsent(f.layer(), l -> new ArrayList<>()).add(encoded);
    }
    for (Layer layer : layers.stream().sorted().toList()) {
      featureTable(layer, byLayer.getOrDefault(layer, List.of()));
    }
    written = chosen.size();
    if (layers.contains(Layer.EVENT)) {
      attributeTable(
          AtlasTables.TIMELINE,
          "every timeline entry, with or without a place",
          AtlasSchema.properties(Layer.EVENT),
          timeline.stream().map(GeoJsonFeature::properties).toList());
    }
    attributeTable(
        AtlasTables.FIGURES,
        "published and measured figures; feature_id NULL for atlas-wide ones",
        AtlasTables.FIGURE_COLUMNS,
        figureRows(atlas, all));
    attributeTable(
        AtlasTables.SOURCES,
        "the sources and licences of the features, with how many features each",
        List.of("source", "license", "features"),
        sourceRows(chosen));
  }

  private void featureTable(Layer layer, List<GeoJsonFeature> features) throws Exception {
    String table = AtlasTables.table(layer);
    List<String> properties = AtlasSchema.properties(layer);
    List<FeatureColumn> columns = new ArrayList<>();
    for (String p : properties) {
      columns.add(FeatureColumn.createColumn(p, AtlasTables.type(p)));
    }
    GeometryColumns gc = new GeometryColumns();
    gc.setId(new TableColumnKey(table, AtlasTables.GEOMETRY));
    gc.setGeometryType(geometryType(features));
    gc.setZ((byte) 0);
    gc.setM((byte) 0);
    gc.setSrs(srs);
    Envelope box = new Envelope();
    features.stream()
        .filter(f -> f.geometry() != null)
        .forEach(f -> box.expandToInclude(f.geometry().getEnvelopeInternal()));
    BoundingBox bbox =
        box.isNull()
            ? new BoundingBox(-180, -90, 180, 90)
            : new BoundingBox(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
    gp.createFeatureTable(FeatureTableMetadata.create(gc, AtlasTables.KEY, columns, bbox));
    gp.getContentsDao().queryForId(table).setDescription("BorderAtlas layer " + layer.id());
    FeatureDao dao = gp.getFeatureDao(table);
    for (GeoJsonFeature f : features) {
      FeatureRow row = dao.newRow();
      Geometry g = f.geometry();
      if (g != null) {
        row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(WGS84, wkb.write(g)));
      }
      setValues(properties, f.properties(), (c, v) -> row.setValue(c, v));
      dao.insert(row);
    }
    new RTreeIndexExtension(gp).create(dao.getTable());
  }

  private void attributeTable(
      String table, String description, List<String> names, List<Map<String, Object>> rows)
      throws Exception {
    List<AttributesColumn> columns = new ArrayList<>();
    for (String p : names) {
      columns.add(AttributesColumn.createColumn(p, AtlasTables.type(p)));
    }
    gp.createAttributesTable(AttributesTableMetadata.create(table, AtlasTables.KEY, columns));
    gp.getContentsDao().queryForId(table).setDescription(description);
    AttributesDao dao = gp.getAttributesDao(table);
    inTransaction(
        () -> {
          for (Map<String, Object> values : rows) {
            AttributesRow row = dao.newRow();
            setValues(names, values, (c, v) -> row.setValue(c, v));
            dao.insert(row);
          }
        });
  }

  /** A step that may fail with any exception. */
  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /**
   * Runs the inserts of one table in one SQLite transaction (one sync instead of one per row).
   * Tables are created outside: NGA creates them through a second connection, which a pending
   * transaction would lock out.
   */
  private void inTransaction(Step inserts) throws Exception {
    gp.beginTransaction();
    boolean ok = false;
    try {
      inserts.run();
      ok = true;
    } finally {
      gp.endTransaction(ok);
    }
  }

  /** A setter of one column; lists and maps go in as JSON text. */
  @FunctionalInterface
  private interface Setter {
    void set(String column, Object value);
  }

  private static void setValues(List<String> columns, Map<String, Object> values, Setter set) {
    for (String c : columns) {
      Object v = values.get(c);
      if (v instanceof List<?> || v instanceof Map<?, ?>) {
        v = JsonText.write(v);
      }
      if (v != null) {
        set.set(c, v);
      }
    }
  }

  /** The single geometry type of the layer's features, or GEOMETRY when they differ or none. */
  private static GeometryType geometryType(List<GeoJsonFeature> features) {
    String type = null;
    for (GeoJsonFeature f : features) {
      if (f.geometry() == null) {
        continue;
      }
      String t = f.geometry().getGeometryType();
      if (type != null && !type.equals(t)) {
        return GeometryType.GEOMETRY;
      }
      type = t;
    }
    return type == null ? GeometryType.GEOMETRY : GeometryType.fromName(type.toUpperCase());
  }

  private static List<Map<String, Object>> figureRows(Atlas atlas, List<GeoJsonFeature> encoded) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Figure f : atlas.figures().all()) {
      rows.add(figureRow(null, AtlasFeatureEncoder.encodeFigure(f)));
    }
    for (GeoJsonFeature feature : encoded) {
      if (feature.properties().get("figures") instanceof List<?> figures) {
        for (Object figure : figures) {
          rows.add(figureRow(feature.id(), (Map<?, ?>) figure));
        }
      }
    }
    return rows;
  }

  private static Map<String, Object> figureRow(String featureId, Map<?, ?> figure) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("feature_id", featureId);
    figure.forEach((k, v) -> row.put((String) k, v));
    return row;
  }

  private static List<Map<String, Object>> sourceRows(List<AtlasFeature> chosen) {
    Map<Provenance, Long> counts = new LinkedHashMap<>();
    chosen.forEach(f -> counts.merge(f.provenance(), 1L, Long::sum));
    List<Map<String, Object>> rows = new ArrayList<>();
    counts.forEach(
        (p, n) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("source", p.source());
          row.put("license", p.license());
          row.put("features", n);
          rows.add(row);
        });
    return rows;
  }
}
