package io.github.borderatlas.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import javax.swing.JFileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File dialogs suggest a name and open in the last folder chosen (issue 14 item 5). */
class SaveLocationsTest {

  @TempDir Path dir;

  /** Preferences held in memory, so the test leaves nothing in the user's preferences. */
  static final class MemoryPreferences extends AbstractPreferences {
    private final Map<String, String> values = new HashMap<>();

    MemoryPreferences() {
      super(null, "");
    }

    @Override
    protected void putSpi(String key, String value) {
      values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
      return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
      values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {}

    @Override
    protected String[] keysSpi() {
      return values.keySet().toArray(new String[0]);
    }

    @Override
    protected String[] childrenNamesSpi() {
      return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void syncSpi() {}

    @Override
    protected void flushSpi() {}
  }

  @Test
  void suggestedName_isTheRegionAndTheDate() {
    assertThat(SaveLocations.suggestedName(LocalDate.of(1998, 7, 4), "geojson"))
        .isEqualTo("china-kazakhstan-1998-07-04.geojson");
    assertThat(SaveLocations.suggestedName(LocalDate.of(2002, 5, 10), "png"))
        .isEqualTo("china-kazakhstan-2002-05-10.png");
  }

  @Test
  void firstDialog_opensInTheHomeFolder_withTheSuggestedName() {
    SaveLocations locations = new SaveLocations(new MemoryPreferences());
    JFileChooser chooser = locations.saveChooser("Export PNG", "png", LocalDate.of(1998, 7, 4));
    assertThat(chooser.getCurrentDirectory().getAbsoluteFile())
        .isEqualTo(new File(System.getProperty("user.home")).getAbsoluteFile());
    assertThat(chooser.getSelectedFile().getName()).isEqualTo("china-kazakhstan-1998-07-04.png");
  }

  @Test
  void nextDialog_opensInTheFolderChosenLast() throws Exception {
    MemoryPreferences prefs = new MemoryPreferences();
    Path folder = Files.createDirectories(dir.resolve("exports"));
    new SaveLocations(prefs).remember(folder.resolve("map.png"));
    // a new SaveLocations on the same preferences: what a later session sees
    JFileChooser chooser =
        new SaveLocations(prefs).saveChooser("Export GeoJSON", "geojson", LocalDate.of(2025, 1, 1));
    assertThat(chooser.getCurrentDirectory().toPath()).isEqualTo(folder);
    assertThat(chooser.getSelectedFile().toPath())
        .isEqualTo(folder.resolve("china-kazakhstan-2025-01-01.geojson"));
    assertThat(
            new SaveLocations(prefs)
                .openChooser("Open", "GeoJSON", "geojson")
                .getCurrentDirectory())
        .isEqualTo(folder.toFile());
  }

  @Test
  void aRememberedFolderThatIsGone_fallsBackToHome() throws Exception {
    MemoryPreferences prefs = new MemoryPreferences();
    Path folder = Files.createDirectories(dir.resolve("gone"));
    new SaveLocations(prefs).remember(folder.resolve("x.png"));
    Files.delete(folder);
    assertThat(new SaveLocations(prefs).folder())
        .isEqualTo(new File(System.getProperty("user.home")));
  }
}
