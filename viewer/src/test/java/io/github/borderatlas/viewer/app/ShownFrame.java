package io.github.borderatlas.viewer.app;

import static io.github.borderatlas.viewer.timeline.WindowTestSupport.onEdt;
import static io.github.borderatlas.viewer.timeline.WindowTestSupport.settle;

import io.github.borderatlas.viewer.TestAtlas;
import java.awt.AWTException;
import java.awt.Robot;

/** Test helper: the viewer window on the {@link TestAtlas}, shown at 1200 x 800 and settled. */
final class ShownFrame {

  private ShownFrame() {}

  static MainFrame open() {
    ViewerData data = ViewerData.compute(TestAtlas.atlas()); // model work, off the event thread
    MainFrame frame =
        onEdt(
            () -> {
              MainFrame f = new MainFrame(data);
              f.setSize(1200, 800);
              f.setLocation(0, 0);
              f.setVisible(true);
              return f;
            });
    try {
      settle(new Robot());
    } catch (AWTException e) {
      throw new IllegalStateException(e);
    }
    return frame;
  }

  static void close(MainFrame frame) {
    if (frame != null) {
      onEdt(frame::dispose);
    }
  }
}
