package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every figure of an atlas with what it belongs to: the atlas-wide figures, the figures of rivers,
 * lakes and disputed sectors, and the border lengths BorderAtlas measures ({@link
 * LengthReconciliation}, one per quantity, {@link Confidence#MEASURED}). The one list behind {@code
 * borderatlas figures --csv} and the citation checks. Immutable.
 *
 * @param entries the figures, atlas-wide first, then by feature in atlas order, then the measured
 *     border lengths
 */
public record FigureInventory(List<Entry> entries) {

  /** The owner of the atlas-wide figures. */
  public static final String ATLAS = "atlas";

  /** The citation of the border lengths measured here. */
  public static final String MEASURED_SOURCE =
      "BorderAtlas, geodesic length on the WGS84 ellipsoid (GeographicLib)";

  /**
   * One figure and what it describes.
   *
   * @param owner {@link #ATLAS} or the id of the feature the figure belongs to
   * @param figure the figure
   */
  public record Entry(String owner, Figure figure) {

    /** Checks the components. */
    public Entry {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(figure, "figure");
    }
  }

  /** Copies the list. */
  public FigureInventory {
    entries = List.copyOf(entries);
  }

  /** Lists the figures of an atlas and measures its border lengths. */
  public static FigureInventory of(Atlas atlas) {
    List<Entry> out = new ArrayList<>();
    atlas.figures().all().forEach(f -> out.add(new Entry(ATLAS, f)));
    for (AtlasFeature feature : atlas.features()) {
      featureFigures(feature).all().forEach(f -> out.add(new Entry(feature.id(), f)));
    }
    Set<String> measured = new LinkedHashSet<>();
    for (LengthReconciliation.Row row : LengthReconciliation.of(atlas).rows()) {
      if (measured.add(row.quantity())) {
        out.add(
            new Entry(
                ATLAS,
                Figure.of(
                    row.quantity() + ".measured",
                    Math.round(row.measuredKm() * 100) / 100.0,
                    Unit.KILOMETRE,
                    MEASURED_SOURCE,
                    Confidence.MEASURED)));
      }
    }
    return new FigureInventory(out);
  }

  /** The figures a feature carries; empty for kinds without figures. */
  static Figures featureFigures(AtlasFeature feature) {
    if (feature instanceof River r) {
      return r.figures();
    }
    if (feature instanceof Lake l) {
      return l.figures();
    }
    if (feature instanceof DisputedSector d) {
      return d.figures();
    }
    return Figures.empty();
  }
}
