package io.github.borderatlas.viewer.output;

import java.util.Objects;

/**
 * How a map is written: format, with or without the print layout, title, date line, paper (PDF) and
 * device scale (PNG). Immutable.
 *
 * @param format PNG, SVG or PDF
 * @param layout whether to draw the print layout ({@link PrintLayout}) around the map
 * @param title the layout's title
 * @param dateLabel the map's date at its precision, or "current"
 * @param paper the PDF page size
 * @param landscape whether the PDF page is landscape
 * @param scale PNG device pixels per logical pixel, in (0, 8]
 */
public record ExportSettings(
    MapFormat format,
    boolean layout,
    String title,
    String dateLabel,
    Paper paper,
    boolean landscape,
    double scale) {

  /** The default title. */
  public static final String DEFAULT_TITLE = "China–Kazakhstan border";

  /** The date line of a map without a date. */
  public static final String CURRENT = "current";

  public ExportSettings {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateLabel, "dateLabel");
    Objects.requireNonNull(paper, "paper");
    if (!(scale > 0 && scale <= 8)) {
      throw new IllegalArgumentException("scale must lie in (0, 8], was " + scale);
    }
  }

  /**
   * The defaults of a format: the layout on for SVG and PDF and off for PNG, the default title, no
   * date, A4 portrait, scale 1.
   */
  public static ExportSettings defaults(MapFormat format) {
    return new ExportSettings(
        format, format != MapFormat.PNG, DEFAULT_TITLE, CURRENT, Paper.A4, false, 1);
  }

  public ExportSettings withLayout(boolean on) {
    return new ExportSettings(format, on, title, dateLabel, paper, landscape, scale);
  }

  public ExportSettings withTitle(String newTitle) {
    return new ExportSettings(format, layout, newTitle, dateLabel, paper, landscape, scale);
  }

  public ExportSettings withDateLabel(String label) {
    return new ExportSettings(format, layout, title, label, paper, landscape, scale);
  }

  public ExportSettings withPaper(Paper newPaper, boolean newLandscape) {
    return new ExportSettings(format, layout, title, dateLabel, newPaper, newLandscape, scale);
  }

  public ExportSettings withScale(double newScale) {
    return new ExportSettings(format, layout, title, dateLabel, paper, landscape, newScale);
  }
}
