package io.github.borderatlas.viewer.timeline;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Robot;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Helpers for the window tests (classes marked {@link io.github.borderatlas.testkit.WindowTest},
 * which gives them a display or skips them with the reason).
 */
public final class WindowTestSupport {

  private WindowTestSupport() {}

  /** The first component named {@code name} below {@code root}, depth first, or null. */
  public static Component named(Container root, String name) {
    for (Component c : root.getComponents()) {
      if (name.equals(c.getName())) {
        return c;
      }
      if (c instanceof Container k) {
        Component found = named(k, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Runs on the event thread and waits. */
  public static void onEdt(Runnable r) {
    try {
      SwingUtilities.invokeAndWait(r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Computes on the event thread and waits for the value. */
  public static <T> T onEdt(Supplier<T> s) {
    AtomicReference<T> out = new AtomicReference<>();
    onEdt(() -> out.set(s.get()));
    return out.get();
  }

  /** A shown frame holding {@code content}, front-most. */
  public static JFrame show(Supplier<? extends Component> content, int w, int h) {
    return onEdt(
        () -> {
          JFrame f = new JFrame("BorderAtlas window test");
          f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
          f.getContentPane().add(content.get());
          f.setSize(w, h);
          f.setLocation(20, 20);
          f.setVisible(true);
          f.toFront();
          return f;
        });
  }

  /** Waits until the event queue is idle. */
  public static void settle(Robot robot) {
    robot.waitForIdle();
    onEdt(() -> {});
    robot.waitForIdle();
  }

  /** The screen point of ({@code x}, {@code y}) inside {@code c}. */
  public static Point onScreen(Component c, int x, int y) {
    return onEdt(
        () -> {
          Point p = c.getLocationOnScreen();
          return new Point(p.x + x, p.y + y);
        });
  }

  /** Clicks with the left button at a point of a component. */
  public static void click(Robot robot, Component c, int x, int y) {
    Point p = onScreen(c, x, y);
    robot.mouseMove(p.x, p.y);
    settle(robot);
    robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
    robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
    settle(robot);
  }
}
