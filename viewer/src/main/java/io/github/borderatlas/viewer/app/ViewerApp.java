package io.github.borderatlas.viewer.app;

import com.formdev.flatlaf.FlatLightLaf;
import io.github.borderatlas.core.model.Atlas;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JOptionPane;

/** Opens the viewer window: FlatLaf look, the atlas loaded, the main frame shown. EDT only. */
public final class ViewerApp {

  private ViewerApp() {}

  /**
   * Sets up the look and feel, loads the atlas and shows the main frame; on a loading failure shows
   * the message and exits with code 2.
   */
  public static MainFrame open(Supplier<Atlas> source) {
    FlatLightLaf.setup();
    Atlas atlas;
    try {
      atlas = source.get();
    } catch (RuntimeException e) {
      JOptionPane.showMessageDialog(
          null,
          "Cannot load the BorderAtlas dataset:\n" + e.getMessage(),
          "BorderAtlas",
          JOptionPane.ERROR_MESSAGE);
      System.exit(2);
      return null;
    }
    MainFrame frame = new MainFrame(atlas);
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    frame.setVisible(true);
    return frame;
  }
}
