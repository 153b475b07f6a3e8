package io.github.borderatlas.viewer.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled CJK font has every Chinese character that BorderAtlas can put on a label: all CJK
 * characters of the geodata resources (names in places, countries, rivers, lakes, sectors,
 * timeline, names.json, and the rest) and of the Java sources of core and viewer. New data with a
 * character the font lacks fails here: run {@code pipeline/fonts/subset-cjk.sh} and commit the
 * font. The ranges below are written independently of the script's, from the Unicode blocks.
 */
class CjkFontCoverageTest {

  /** Scanned, relative to the repository root (as the script scans them). */
  static final List<String> SCANNED =
      List.of(
          "geodata/src/main/resources/io/github/borderatlas/geodata",
          "core/src/main/java",
          "viewer/src/main/java");

  /** Whether a code point is CJK: ideographs, radicals, CJK punctuation, full-width forms. */
  static boolean isCjk(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || b == Character.UnicodeBlock.VERTICAL_FORMS
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY
        || b == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
        || b == Character.UnicodeBlock.CJK_STROKES;
  }

  @Test
  void theFontCoversEveryChineseCharacterOfTheData() throws IOException {
    Path root = repositoryRoot();
    // code point -> first file using it, for the message
    TreeMap<Integer, Path> used = new TreeMap<>();
    for (String dir : SCANNED) {
      try (Stream<Path> files = Files.walk(root.resolve(dir))) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          Files.readString(f, StandardCharsets.UTF_8)
              .codePoints()
              .filter(CjkFontCoverageTest::isCjk)
              .forEach(cp -> used.putIfAbsent(cp, f));
        }
      }
    }
    // the data has Chinese names (places.geojson alone has dozens); the scan must find them
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(used).containsKeys((int) '霍', (int) '犁');
    Font font = LabelFonts.cjk();
    List<String> missing =
        used.entrySet().stream()
            .filter(e -> !font.canDisplay(e.getKey()))
            .map(
                e ->
                    new String(Character.toChars(e.getKey()))
                        + " in "
                        + root.relativize(e.getValue()))
            .toList();
    assertThat(missing)
        .as("characters missing from the bundled font: run pipeline/fonts/subset-cjk.sh")
        .isEmpty();
  }

  /** The directory above the working directory that holds pipeline/fonts/subset-cjk.sh. */
  private static Path repositoryRoot() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null) {
      if (Files.isRegularFile(p.resolve("pipeline/fonts/subset-cjk.sh"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new AssertionError("pipeline/fonts/subset-cjk.sh not found above the working dir");
  }
}
