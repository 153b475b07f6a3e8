package io.github.borderatlas.viewer.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.prefs.Preferences;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * Where the file dialogs open and what they suggest: the folder chosen last time (kept in the
 * user's {@link Preferences}, so it outlives the session; the home folder until then or when it no
 * longer exists) and a file name {@code china-kazakhstan-<date>.<ext>}. Event dispatch thread only.
 */
final class SaveLocations {

  /** The preference key of the last folder chosen in a file dialog. */
  static final String LAST_FOLDER_KEY = "lastFolder";

  private final Preferences prefs;

  /** Locations kept in {@code prefs}. */
  SaveLocations(Preferences prefs) {
    this.prefs = Objects.requireNonNull(prefs, "prefs");
  }

  /** Locations kept in the user's preferences for the viewer. */
  static SaveLocations user() {
    return new SaveLocations(Preferences.userNodeForPackage(SaveLocations.class));
  }

  /**
   * The suggested file name for data or a view of {@code date}: {@code
   * china-kazakhstan-<date>.<ext>}.
   */
  static String suggestedName(LocalDate date, String ext) {
    return "china-kazakhstan-" + date + "." + ext;
  }

  /** The folder the next dialog opens in. */
  File folder() {
    String last = prefs.get(LAST_FOLDER_KEY, null);
    if (last != null && Files.isDirectory(Path.of(last))) {
      return new File(last);
    }
    return new File(System.getProperty("user.home"));
  }

  /** Remembers the folder of a file the user chose. */
  void remember(Path chosen) {
    Path parent = chosen.toAbsolutePath().getParent();
    if (parent != null) {
      prefs.put(LAST_FOLDER_KEY, parent.toString());
    }
  }

  /**
   * A save dialog for {@code ext} files that opens in {@link #folder()} with {@link #suggestedName}
   * of {@code date} filled in.
   */
  JFileChooser saveChooser(String title, String ext, LocalDate date) {
    JFileChooser chooser =
        openChooser(title, ext.toUpperCase(java.util.Locale.ROOT) + " files", ext);
    chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggestedName(date, ext)));
    return chooser;
  }

  /** An open dialog for files ending in one of {@code exts}, in {@link #folder()}. */
  JFileChooser openChooser(String title, String description, String... exts) {
    JFileChooser chooser = new JFileChooser(folder());
    chooser.setDialogTitle(title);
    chooser.setFileFilter(new FileNameExtensionFilter(description, exts));
    return chooser;
  }
}
