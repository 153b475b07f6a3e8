package io.github.borderatlas.viewer.app;

import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.ScaleBar;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * The status bar: WGS84 longitude/latitude under the cursor, the map scale, and the measure tool's
 * result, and a progress bar while a background task runs. Event dispatch thread only.
 */
final class StatusBar extends JPanel {

  private static final long serialVersionUID = 1L;

  private final JLabel position = new JLabel(" ");
  private final JLabel scale = new JLabel(" ");
  private final JLabel message = new JLabel(" ");
  private final JProgressBar busy = new JProgressBar();

  StatusBar() {
    super(new BorderLayout(16, 0));
    setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    position.setName("status.position");
    message.setName("status.message");
    scale.setName("status.scale");
    busy.setName("status.busy");
    // a long message is cut with an ellipsis in a narrow window; its tooltip holds the whole text
    message.setMinimumSize(new Dimension(40, message.getPreferredSize().height));
    busy.setIndeterminate(true);
    busy.setVisible(false);
    JPanel right = new JPanel(new BorderLayout(8, 0));
    right.setOpaque(false);
    right.add(busy, BorderLayout.WEST);
    right.add(scale, BorderLayout.EAST);
    add(position, BorderLayout.WEST);
    add(message, BorderLayout.CENTER);
    add(right, BorderLayout.EAST);
  }

  /** Shows {@code text} with a running progress bar, until the next {@link #message}. */
  void busy(String text) {
    message(text);
    busy.setVisible(true);
  }

  /** True while a background task shows its progress bar. */
  boolean isBusy() {
    return busy.isVisible();
  }

  /** Shows the cursor position, or clears it for {@code null}. */
  void position(double[] lonLat) {
    position.setText(lonLat == null ? " " : format(lonLat[0], lonLat[1]));
  }

  /** "80.4500°E 44.2000°N" (lon first, as the rest of BorderAtlas). */
  static String format(double lon, double lat) {
    return String.format(
        Locale.ROOT,
        "%.4f°%s  %.4f°%s",
        Math.abs(lon),
        lon < 0 ? "W" : "E",
        Math.abs(lat),
        lat < 0 ? "S" : "N");
  }

  void scale(Viewport vp) {
    scale.setText(
        "1 px ≈ " + ScaleBar.format(Math.max(1, Math.round(vp.metresPerPixel()))) + " (projected)");
  }

  void message(String text) {
    busy.setVisible(false);
    message.setText(text == null || text.isEmpty() ? " " : text);
    message.setToolTipText(text == null || text.isEmpty() ? null : text);
  }

  String positionText() {
    return position.getText();
  }

  String messageText() {
    return message.getText();
  }
}
