package io.github.borderatlas.viewer.panels;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader-facing names of figure quantities and short source tags.
 *
 * <p>Known quantity keys (the dataset's, see {@code figures.json} and the pipeline's river
 * catalogue) get an English label, e.g. {@code river.flow.from-china} → "Flow formed in China"; any
 * other key is shown as its words, e.g. {@code icbc.area.total} → "icbc area total". Stateless and
 * thread-safe.
 */
public final class FigureLabels {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("border.length.total", "Total length"),
          Map.entry("border.length.land", "Land"),
          Map.entry("border.length.water", "Rivers and lakes"),
          Map.entry("dispute.area.total", "Disputed area"),
          Map.entry("dispute.share.china", "China's share"),
          Map.entry("dispute.share.kazakhstan", "Kazakhstan's share"),
          Map.entry("river.length", "Length"),
          Map.entry("river.length.china", "Length in China"),
          Map.entry("river.length.kazakhstan", "Length in Kazakhstan"),
          Map.entry("river.length.russia", "Length in Russia"),
          Map.entry("river.length.boundary", "Length along the border"),
          Map.entry("river.length.measured", "Atlas line, measured"),
          Map.entry("river.basin.area", "Basin area"),
          Map.entry("river.discharge.mean", "Mean discharge"),
          Map.entry("river.discharge.border", "Discharge at the border"),
          Map.entry("river.flow.annual", "Annual flow"),
          Map.entry("river.flow.from-china", "Flow formed in China"),
          Map.entry("river.flow.received-h1-2025", "Received from China, Jan–Jun 2025"),
          Map.entry("river.withdrawal.china", "Withdrawn in China"),
          Map.entry("river.withdrawal.china.forecast", "Withdrawal in China, forecast"),
          Map.entry("river.use-share.china.planned", "Share of its runoff China plans to use"),
          Map.entry("river.consumption.basin", "Consumption in the basin"),
          Map.entry("river.consumption.share.china", "China's share of consumption"),
          Map.entry("lake.area", "Area"),
          Map.entry("lake.area.measured", "Area, measured"),
          Map.entry("lake.elevation", "Elevation"),
          Map.entry("lake.length", "Length"));

  private static final Pattern TAG = Pattern.compile("\\b([ST]\\d{1,3}[a-z]?)\\b");

  private FigureLabels() {}

  /** The label of a quantity key. */
  public static String label(String quantity) {
    String known = LABELS.get(quantity);
    if (known != null) {
      return known;
    }
    String words = quantity.replace('.', ' ').replace('-', ' ').replace('_', ' ');
    return words.isEmpty()
        ? quantity
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /**
   * A short tag for a source citation: its first source number ({@code "S78"}, {@code "T25"}) when
   * it has one, else its first words cut to 24 characters.
   */
  public static String sourceTag(String source) {
    Matcher m = TAG.matcher(source);
    if (m.find()) {
      return m.group(1);
    }
    String s = source.strip();
    return s.length() <= 24 ? s : s.substring(0, 23) + "…";
  }
}
