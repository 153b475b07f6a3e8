package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.viewer.map.MapSnapshot;
import io.github.borderatlas.viewer.output.GifAnimation;
import io.github.borderatlas.viewer.output.HistoryFrames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import javax.swing.JOptionPane;
import javax.swing.ProgressMonitor;
import javax.swing.SwingWorker;

/**
 * File &gt; Animate history…: the current view through every timeline entry as an animated GIF,
 * like the {@code animate} command ({@link GifAnimation}, one frame per entry, {@link #FRAME_MS}
 * each). The frames are drawn and written on a worker thread while a progress dialog counts them;
 * its Cancel stops after the current frame and leaves no file. The file is written atomically.
 */
final class HistoryAnimationAction {

  /** How long each frame shows, milliseconds (as the command's default). */
  static final int FRAME_MS = 1500;

  private HistoryAnimationAction() {}

  /** The frames of the whole timeline of an atlas; empty when it has none. Any thread. */
  static List<HistoryFrames.Frame> frames(Atlas atlas) {
    int[] span = HistoryFrames.yearSpan(atlas);
    return span.length == 0 ? List.of() : HistoryFrames.perEntry(atlas, span[0], span[1]);
  }

  /**
   * Writes the animation of a captured view; any thread but the event thread.
   *
   * @return the number of frames written
   */
  static int write(
      MapSnapshot view, List<HistoryFrames.Frame> frames, Path file, GifAnimation.Progress progress)
      throws IOException {
    AtomicFiles.write(file, out -> GifAnimation.write(view, frames, FRAME_MS, out, progress));
    return frames.size();
  }

  /** Starts the animation of the frame's current view into {@code file}. Event dispatch thread. */
  static void start(MainFrame frame, Path file) {
    MapSnapshot view = frame.mapView().snapshot();
    List<HistoryFrames.Frame> frames = frames(view.atlas().atlas());
    if (frames.isEmpty()) {
      JOptionPane.showMessageDialog(
          frame,
          "This atlas has no timeline entries to animate.",
          "BorderAtlas",
          JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    ProgressMonitor monitor =
        new ProgressMonitor(frame, "Animating history to " + file, "", 0, frames.size());
    monitor.setMillisToDecideToPopup(0);
    monitor.setMillisToPopup(0);
    frame.status().busy("Animating history to " + file + "…");
    new SwingWorker<Integer, Integer>() {
      private volatile boolean cancelled;

      @Override
      protected Integer doInBackground() throws IOException {
        return write(
            view,
            frames,
            file,
            (i, n, f) -> {
              if (cancelled) {
                throw new CancellationException("cancelled");
              }
              publish(i);
            });
      }

      @Override
      protected void process(List<Integer> done) {
        int i = done.get(done.size() - 1);
        if (monitor.isCanceled()) {
          cancelled = true;
          return;
        }
        monitor.setNote(
            "Frame " + (i + 1) + " of " + frames.size() + ": " + frames.get(i).caption());
        monitor.setProgress(i);
      }

      @Override
      protected void done() {
        monitor.close();
        try {
          frame.status().message("Wrote " + get() + " frames to " + file);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof CancellationException) {
            frame.status().message("Animation cancelled; nothing written");
          } else {
            frame.status().message("Cannot write the animation");
            JOptionPane.showMessageDialog(
                frame,
                "Cannot write the animation:\n" + e.getCause().getMessage(),
                "BorderAtlas",
                JOptionPane.ERROR_MESSAGE);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }
}
