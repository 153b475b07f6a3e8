package io.github.borderatlas.viewer.app;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.timeline.TimelinePanel;
import java.awt.BorderLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * Opens the viewer window: FlatLaf look, a small "loading" window with a progress bar while a
 * worker thread loads the atlas and computes {@link ViewerData}, then the main frame. The event
 * dispatch thread only builds and shows components; no model work runs on it. May be called from
 * any thread.
 */
public final class ViewerApp {

  private ViewerApp() {}

  /**
   * Starts loading and returns at once.
   *
   * @param source where the atlas comes from; called on a worker thread
   * @return completes (on the event thread) with the shown frame, or exceptionally with the loading
   *     failure, after the loading window has closed
   */
  public static CompletableFuture<MainFrame> launch(Supplier<Atlas> source) {
    CompletableFuture<MainFrame> opened = new CompletableFuture<>();
    SwingUtilities.invokeLater(
        () -> {
          if (!(UIManager.getLookAndFeel() instanceof FlatLaf)) {
            FlatLightLaf.setup();
          }
          JWindow loading = loadingWindow();
          loading.setVisible(true);
          CompletableFuture.supplyAsync(() -> ViewerData.compute(source.get()))
              .whenComplete(
                  (data, failure) ->
                      SwingUtilities.invokeLater(
                          () -> {
                            loading.dispose();
                            if (failure != null) {
                              opened.completeExceptionally(unwrap(failure));
                              return;
                            }
                            // three event-thread tasks (the timeline, the rest of the window,
                            // the first layout and paint), each of a few tens of milliseconds:
                            // one task doing all three would hold the event thread too long
                            TimelinePanel timeline = new TimelinePanel(data.atlas());
                            SwingUtilities.invokeLater(() -> build(data, timeline, opened));
                          }));
        });
    return opened;
  }

  private static void build(
      ViewerData data, TimelinePanel timeline, CompletableFuture<MainFrame> opened) {
    MainFrame frame = new MainFrame(data, timeline);
    frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
    SwingUtilities.invokeLater(
        () -> {
          frame.setVisible(true);
          opened.complete(frame);
        });
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }

  private static JWindow loadingWindow() {
    JPanel panel = new JPanel(new BorderLayout(0, 8));
    panel.setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
    panel.add(new JLabel("Loading the BorderAtlas dataset…"), BorderLayout.NORTH);
    JProgressBar bar = new JProgressBar();
    bar.setIndeterminate(true);
    panel.add(bar, BorderLayout.CENTER);
    JWindow w = new JWindow();
    w.setName("loading");
    w.getContentPane().add(panel);
    w.pack();
    w.setLocationRelativeTo(null);
    return w;
  }
}
