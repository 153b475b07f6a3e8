package io.github.borderatlas.viewer.table;

import io.github.borderatlas.viewer.search.TextFold;
import javax.swing.RowFilter;

/**
 * Which rows of a {@link FeatureTableModel} an attribute table shows: those whose cells (any
 * column, as shown) contain the filter text, ignoring case and accents ({@link TextFold}), and,
 * when a distance is set, only those within that many kilometres of the border (rows not measured
 * yet, or without geometry, then drop out). Immutable.
 */
final class TableFilter extends RowFilter<FeatureTableModel, Integer> {

  private final String foldedText;
  private final double withinKm;

  /**
   * @param text the filter text; blank keeps every row
   * @param withinKm kilometres from the border, or {@link Double#NaN} for no distance filter
   */
  TableFilter(String text, double withinKm) {
    this.foldedText = TextFold.fold(text == null ? "" : text.strip());
    this.withinKm = withinKm;
  }

  /** True when this filter keeps every row. */
  boolean keepsAll() {
    return foldedText.isEmpty() && Double.isNaN(withinKm);
  }

  @Override
  public boolean include(Entry<? extends FeatureTableModel, ? extends Integer> entry) {
    FeatureTableModel model = entry.getModel();
    int row = entry.getIdentifier();
    if (!Double.isNaN(withinKm)
        && !model.proximity(row).map(p -> p.within(withinKm * 1000)).orElse(false)) {
      return false;
    }
    if (foldedText.isEmpty()) {
      return true;
    }
    for (int c = 0; c < entry.getValueCount(); c++) {
      Object v = entry.getValue(c);
      if (v != null && TextFold.fold(entry.getStringValue(c)).contains(foldedText)) {
        return true;
      }
    }
    return false;
  }
}
