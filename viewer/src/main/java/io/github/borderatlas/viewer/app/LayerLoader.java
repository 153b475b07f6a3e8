package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.text.TerminalText;
import io.github.borderatlas.viewer.draw.MapProjection;
import io.github.borderatlas.viewer.layerlist.LayerEntry;
import io.github.borderatlas.viewer.layerlist.LayerFileException;
import io.github.borderatlas.viewer.layerlist.LayerFileReader;
import io.github.borderatlas.viewer.layerlist.LayerList;
import io.github.borderatlas.viewer.layerlist.ProjectFile;
import io.github.borderatlas.viewer.layerlist.ProjectOpening;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;

/**
 * Opens files as layers of the map: each file is read on a worker thread ({@link LayerFileReader})
 * while a small window shows a progress bar and a Cancel button; on success the layer is added on
 * top of the {@link LayerList}, a cancelled load adds nothing, and a file that cannot be read gives
 * a dialog with the located message (the same text as {@code borderatlas validate}), the rest of
 * the map working on. Project files ({@link ProjectFile}) replace the whole list; a layer whose
 * file is missing is left out and named in a dialog. Files load one after another, in the order
 * given.
 *
 * <p>Methods are called on the event dispatch thread; results are applied there.
 */
final class LayerLoader {

  private final Component owner;
  private final LayerList layers;
  private final MapProjection projection;
  private final StatusBar status;
  private final Consumer<String> errors;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "borderatlas-layer-loader");
            t.setDaemon(true);
            return t;
          });
  private CompletableFuture<?> queue = CompletableFuture.completedFuture(null);

  LayerLoader(
      Component owner,
      LayerList layers,
      MapProjection projection,
      StatusBar status,
      Consumer<String> errors) {
    this.owner = owner;
    this.layers = layers;
    this.projection = projection;
    this.status = status;
    this.errors = errors;
  }

  /**
   * Opens files (project files replace the list, others are added as layers), one after another.
   *
   * @return completes on the event thread when all are done (loaded, failed or cancelled)
   */
  CompletableFuture<Void> open(List<Path> files) {
    for (Path f : files) {
      queue =
          queue.thenCompose(
              x -> ProjectFile.isProject(f) ? openProject(f) : addFile(f).thenApply(e -> null));
    }
    return queue.thenApply(x -> null);
  }

  /**
   * Adds one file as layers (a GeoPackage gives one per vector table); completes with the last
   * layer added, or empty when it failed or was cancelled. A load cancelled after the file was read
   * still adds nothing: the result is checked against the Cancel button on the event thread, where
   * the button acts.
   */
  CompletableFuture<Optional<LayerEntry>> addFile(Path file) {
    CompletableFuture<Optional<LayerEntry>> done = new CompletableFuture<>();
    onEdt(
        () -> {
          Progress progress = show(file);
          CompletableFuture.supplyAsync(
                  () -> LayerFileReader.readLayers(file, projection, progress), worker)
              .whenComplete(
                  (features, failure) ->
                      SwingUtilities.invokeLater(
                          () -> {
                            hide(progress);
                            if (failure == null && !progress.isCancelled()) {
                              done.complete(Optional.ofNullable(added(file, features)));
                            } else {
                              reportFailure(
                                  file, failure == null ? new CancellationException() : failure);
                              done.complete(Optional.empty());
                            }
                          }));
        });
    return done;
  }

  private LayerEntry added(Path file, List<LayerFileReader.FileLayer> read) {
    LayerEntry e = null;
    int count = 0;
    for (LayerFileReader.FileLayer l : read) {
      e = layers.addFile(l.title(file), file, l.table(), l.features());
      count += l.features().features().size();
    }
    status.message(
        "Added "
            + TerminalText.escape(String.valueOf(file.getFileName()))
            + ": "
            + (read.size() > 1 ? read.size() + " layers, " : "")
            + count
            + " features");
    return e;
  }

  /** Shows the progress window of a new load. Event thread. */
  private Progress show(Path file) {
    Progress progress = new Progress(file);
    progress.window.setVisible(true);
    status.busy("Opening " + TerminalText.escape(String.valueOf(file)) + "…");
    return progress;
  }

  private void hide(Progress progress) {
    progress.window.dispose();
  }

  private void reportFailure(Path file, Throwable failure) {
    Throwable t =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String name = TerminalText.escape(String.valueOf(file));
    if (t instanceof CancellationException) {
      status.message("Cancelled opening " + name);
    } else if (t instanceof LayerFileException) {
      status.message("Cannot open " + name);
      errors.accept(TerminalText.escape(t.getMessage()));
    } else if (t instanceof OutOfMemoryError) {
      status.message("Cannot open " + name);
      errors.accept(name + ": not enough memory to open it (start Java with a larger -Xmx)");
    } else {
      status.message("Cannot open " + name);
      errors.accept(name + ": " + TerminalText.escape(String.valueOf(t)));
    }
  }

  /** Replaces the layer list by a project's; missing or bad files are left out and named. */
  CompletableFuture<Void> openProject(Path project) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    onEdt(
        () -> {
          Progress progress = show(project);
          CompletableFuture.supplyAsync(
                  () ->
                      ProjectOpening.open(
                          ProjectFile.read(project),
                          (f, table) -> LayerFileReader.read(f, table, projection, progress)),
                  worker)
              .whenComplete(
                  (result, failure) ->
                      SwingUtilities.invokeLater(
                          () -> {
                            hide(progress);
                            if (failure != null || progress.isCancelled()) {
                              reportFailure(
                                  project, failure == null ? new CancellationException() : failure);
                            } else {
                              layers.replaceAll(result.layers());
                              status.message(
                                  "Opened project " + TerminalText.escape(String.valueOf(project)));
                              if (!result.message().isEmpty()) {
                                errors.accept(TerminalText.escape(result.message()));
                              }
                            }
                            done.complete(null);
                          }));
        });
    return done;
  }

  /**
   * Runs {@code r} now when on the event thread, else on it later. The end of a load is always
   * handled later (invokeLater), even when the worker finished before its handler was attached: the
   * progress window then stays up for the rest of the event that opened it, and its Cancel button
   * is honoured whenever it is clicked before the end is handled.
   */
  private static void onEdt(Runnable r) {
    if (SwingUtilities.isEventDispatchThread()) {
      r.run();
    } else {
      SwingUtilities.invokeLater(r);
    }
  }

  /** The progress window of one load, and its monitor (read on the worker thread). */
  private final class Progress implements LayerFileReader.Monitor {
    final AtomicBoolean cancelled = new AtomicBoolean();
    final JDialog window;
    final JProgressBar bar = new JProgressBar(0, 1000);

    Progress(Path file) {
      JPanel panel = new JPanel(new BorderLayout(8, 8));
      panel.setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
      panel.add(
          new JLabel("Opening " + TerminalText.escape(String.valueOf(file.getFileName())) + "…"),
          BorderLayout.NORTH);
      bar.setName("layerLoad.progress");
      bar.setStringPainted(true);
      panel.add(bar, BorderLayout.CENTER);
      JButton cancel = new JButton("Cancel");
      cancel.setName("layerLoad.cancel");
      cancel.addActionListener(e -> cancelled.set(true));
      panel.add(cancel, BorderLayout.EAST);
      window =
          new JDialog(
              owner instanceof Window w ? w : SwingUtilities.getWindowAncestor(owner),
              "Opening a layer",
              JDialog.ModalityType.MODELESS);
      window.setName("layerLoad");
      window.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
      window.getContentPane().add(panel);
      window.pack();
      window.setLocationRelativeTo(owner);
    }

    @Override
    public void progress(long bytesRead, long totalBytes) {
      if (totalBytes > 0) {
        int permille = (int) Math.min(1000, bytesRead * 1000 / totalBytes);
        SwingUtilities.invokeLater(() -> bar.setValue(permille));
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled.get();
    }
  }
}
