package io.github.borderatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A window test for {@link VirtualDisplayGuardTest} to run in child JVMs (its name does not end in
 * "Test", so the build does not run it directly).
 */
@WindowTest
class SampleWindowCase {

  private boolean prepared;

  @BeforeEach
  void prepare() {
    prepared = true;
  }

  @Test
  void opensAWindow() throws Exception {
    assertThat(prepared).as("@BeforeEach ran where the test ran").isTrue();
    assertThat(GraphicsEnvironment.isHeadless()).isFalse();
    AtomicBoolean showing = new AtomicBoolean();
    SwingUtilities.invokeAndWait(
        () -> {
          JFrame frame = new JFrame("testkit");
          frame.setSize(200, 100);
          frame.setVisible(true);
          showing.set(frame.isShowing());
          frame.dispose();
        });
    assertThat(showing).isTrue();
  }
}
