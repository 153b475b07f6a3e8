/**
 * The attribute table of a layer ({@link io.github.borderatlas.viewer.table.AttributeTablePanel}):
 * plain inputs (a layer name and {@code List<GeoJsonFeature>}) and callbacks, so that it serves the
 * atlas layers and any layer read from a file alike. Swing; event dispatch thread only.
 */
package io.github.borderatlas.viewer.table;
