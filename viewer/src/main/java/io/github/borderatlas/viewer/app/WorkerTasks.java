package io.github.borderatlas.viewer.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;

/**
 * File work of the map window done off the event thread, with the status bar saying what runs and a
 * dialog saying what failed. Call from the event dispatch thread.
 */
final class WorkerTasks {

  private WorkerTasks() {}

  /**
   * Runs {@code work} on a worker thread while the status bar shows {@code progress}; then, on the
   * event thread, shows the result's message, or a dialog with the failure's message.
   */
  static <T> void inBackground(
      MainFrame frame,
      String progress,
      Callable<T> work,
      Function<T, String> success,
      String failureTitle) {
    frame.status().busy(progress);
    new SwingWorker<T, Void>() {
      @Override
      protected T doInBackground() throws Exception {
        return work.call();
      }

      @Override
      protected void done() {
        try {
          frame.status().message(success.apply(get()));
        } catch (ExecutionException e) {
          frame.status().message(failureTitle);
          error(frame, failureTitle + ":\n" + e.getCause().getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }

  /** An error dialog over the window. */
  static void error(MainFrame frame, String message) {
    JOptionPane.showMessageDialog(frame, message, "BorderAtlas", JOptionPane.ERROR_MESSAGE);
  }
}
