package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.testkit.WindowTest;
import java.awt.Graphics2D;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Takes the README's screenshot ({@code docs/screenshot.png}): the viewer window on the bundled
 * atlas at its default size in the FlatLaf light look, painted into an image once the map has
 * rendered. Runs only when the environment variable {@code BA_SCREENSHOT_OUT} names the file to
 * write ({@code tools/screenshot.sh} sets it); otherwise skipped. The file is written to a
 * temporary file next to it and moved into place.
 */
@WindowTest
class ReadmeScreenshotTest {

  @Test
  void defaultWindow_paintedIntoThePng() throws Exception {
    String out = System.getenv("BA_SCREENSHOT_OUT");
    Assumptions.assumeTrue(out != null && !out.isBlank(), "BA_SCREENSHOT_OUT not set");
    ViewerData data = ViewerData.compute(ChinaKazakhstan.atlas()); // off the event thread
    AtomicReference<MainFrame> frame = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          com.formdev.flatlaf.FlatLightLaf.setup(); // the look ViewerApp gives the window
          MainFrame f = new MainFrame(data); // its default size
          f.setLocation(0, 0);
          f.setVisible(true);
          frame.set(f);
        });
    Robot robot = new Robot();
    try {
      robot.waitForIdle();
      for (int i = 0; i < 300 && onEdt(() -> frame.get().mapView().isRendering()); i++) {
        Thread.sleep(20);
      }
      Thread.sleep(300);
      robot.waitForIdle();
      BufferedImage img =
          onEdt(
              () -> {
                MainFrame f = frame.get();
                System.out.println("window " + f.getSize() + ", map " + f.mapView().getSize());
                BufferedImage i =
                    new BufferedImage(
                        f.getRootPane().getWidth(),
                        f.getRootPane().getHeight(),
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D g = i.createGraphics();
                f.getRootPane().paint(g);
                g.dispose();
                return i;
              });
      Path target = Path.of(out).toAbsolutePath();
      Path tmp = Files.createTempFile(target.getParent(), ".screenshot", ".png.tmp");
      try {
        ImageIO.write(img, "png", tmp.toFile());
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(img.getWidth());
    } finally {
      SwingUtilities.invokeAndWait(() -> frame.get().dispose());
    }
  }

  private static <T> T onEdt(java.util.function.Supplier<T> s) throws Exception {
    AtomicReference<T> ref = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> ref.set(s.get()));
    return ref.get();
  }
}
