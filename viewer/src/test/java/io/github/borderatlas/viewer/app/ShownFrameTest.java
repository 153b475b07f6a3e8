package io.github.borderatlas.viewer.app;

import java.awt.Robot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of window tests on the {@link io.github.borderatlas.viewer.TestAtlas}: the viewer window
 * shown and settled before each test ({@link ShownFrame#open}), closed after it.
 */
abstract class ShownFrameTest {

  /** The window of the current test. */
  MainFrame frame;

  /** A robot on the window's display. */
  Robot robot;

  @BeforeEach
  void openFrame() throws Exception {
    robot = new Robot();
    frame = ShownFrame.open();
  }

  @AfterEach
  void closeFrame() {
    ShownFrame.close(frame);
  }
}
