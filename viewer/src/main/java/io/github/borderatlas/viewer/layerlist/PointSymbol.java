package io.github.borderatlas.viewer.layerlist;

/** The symbol drawn at each point of a layer, centred on it. */
public enum PointSymbol {
  CIRCLE,
  SQUARE,
  TRIANGLE
}
