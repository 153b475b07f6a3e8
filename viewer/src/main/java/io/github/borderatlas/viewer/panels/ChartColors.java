package io.github.borderatlas.viewer.panels;

import io.github.borderatlas.core.model.Confidence;
import java.awt.Color;

/**
 * The base colours of the charts, by meaning: one per country (from their flags), measured versus
 * published values, flow versus withdrawal. {@link BarChart} makes them readable on the background
 * it paints on (light or dark theme); {@link #forConfidence} fades a colour for less trusted
 * sources. Constants; thread-safe.
 */
public final class ChartColors {

  /** China: the red of its flag. */
  public static final Color CHINA = new Color(0xDE2910);

  /** Kazakhstan: the sky blue of its flag. */
  public static final Color KAZAKHSTAN = new Color(0x00AFCA);

  /** Russia: the blue of its flag. */
  public static final Color RUSSIA = new Color(0x3A5BA9);

  /** A value BorderAtlas measured from its own geometry. */
  public static final Color MEASURED = new Color(0x2E9E6B);

  /** A published value. */
  public static final Color PUBLISHED = new Color(0x7D8796);

  /** Water flowing (runoff, discharge). */
  public static final Color FLOW = new Color(0x2C7FB8);

  /** Water taken out (withdrawals, consumption). */
  public static final Color WITHDRAWAL = new Color(0xE6750D);

  /** Anything else. */
  public static final Color OTHER = new Color(0x8E7CC3);

  private ChartColors() {}

  /**
   * How much of the way towards the background a bar of this confidence is faded: none for firm and
   * measured values, a quarter for a single source, a half for a weak one.
   */
  public static double fade(Confidence confidence) {
    switch (confidence) {
      case SINGLE:
        return 0.25;
      case WEAK:
        return 0.5;
      default:
        return 0.0;
    }
  }

  /** {@code base} faded towards {@code background} by {@link #fade}. */
  public static Color forConfidence(Color base, Confidence confidence, Color background) {
    return Theme.blend(base, background, fade(confidence));
  }
}
