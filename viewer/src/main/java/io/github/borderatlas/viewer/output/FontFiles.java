package io.github.borderatlas.viewer.output;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * TrueType font files on this machine for embedding in PDF: the DejaVu family (Latin, Cyrillic,
 * Greek; the fonts behind Java's logical fonts on most Linux systems) and one font with Chinese
 * glyphs, whichever is installed. Looks in fontconfig's usual directories ({@code
 * /usr/share/fonts}, {@code /usr/local/share/fonts}, {@code ~/.local/share/fonts}, {@code
 * ~/.fonts}) and the macOS and Windows font folders, to a depth of 4; the index is built once per
 * process. Stateless after that and thread-safe.
 */
final class FontFiles {

  /** Chinese-capable fonts with TrueType outlines, preferred first. */
  static final List<String> CJK_FILES =
      List.of(
          "DroidSansFallbackFull.ttf",
          "DroidSansFallback.ttf",
          "wqy-microhei.ttc",
          "wqy-zenhei.ttc",
          "uming.ttc",
          "ukai.ttc",
          "NotoSansSC-Regular.ttf",
          "SimSun.ttf",
          "simsun.ttc",
          "msyh.ttc",
          "Arial Unicode.ttf");

  private static final int MAX_DEPTH = 4;

  private FontFiles() {}

  private static final class Index {
    static final Map<String, Path> BY_NAME = scan(directories());
  }

  /** The directories searched, those that exist. */
  static List<Path> directories() {
    String home = System.getProperty("user.home", "");
    List<Path> dirs = new ArrayList<>();
    for (String d :
        new String[] {
          "/usr/share/fonts",
          "/usr/local/share/fonts",
          home + "/.local/share/fonts",
          home + "/.fonts",
          "/Library/Fonts",
          "/System/Library/Fonts",
          System.getenv().getOrDefault("WINDIR", "C:\\Windows") + "\\Fonts"
        }) {
      Path p = Path.of(d);
      if (Files.isDirectory(p)) {
        dirs.add(p);
      }
    }
    return dirs;
  }

  /** Font files (.ttf, .ttc) under {@code dirs} by lower-case file name; the first found wins. */
  static Map<String, Path> scan(List<Path> dirs) {
    Map<String, Path> out = new HashMap<>();
    for (Path dir : dirs) {
      try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
        files
            .filter(Files::isRegularFile)
            .forEach(
                f -> {
                  String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                  if (name.endsWith(".ttf") || name.endsWith(".ttc")) {
                    out.putIfAbsent(name, f);
                  }
                });
      } catch (IOException | RuntimeException e) {
        // an unreadable folder holds no usable font
      }
    }
    return Map.copyOf(out);
  }

  /** The installed file of that name (case-insensitive), if any. */
  static Optional<Path> find(String fileName) {
    return Optional.ofNullable(Index.BY_NAME.get(fileName.toLowerCase(Locale.ROOT)));
  }

  /**
   * The files to try for text in {@code font}, best first: the DejaVu face of its family and style,
   * DejaVu Sans, then the Chinese-capable fonts. Only installed files are listed.
   */
  static List<Path> chainFor(Font font) {
    List<String> names = new ArrayList<>();
    names.add(dejaVuFile(font.getFamily(), font.isBold(), font.isItalic()));
    names.add("DejaVuSans.ttf");
    names.addAll(CJK_FILES);
    List<Path> out = new ArrayList<>();
    for (String n : names) {
      find(n).filter(p -> !out.contains(p)).ifPresent(out::add);
    }
    return out;
  }

  /** Whether a font file is one of {@link #CJK_FILES}. */
  static boolean isCjk(Path file) {
    return CJK_FILES.contains(String.valueOf(file.getFileName()));
  }

  /** The DejaVu file of a Java family ({@code Serif}, {@code Monospaced}, else sans) and style. */
  static String dejaVuFile(String family, boolean bold, boolean italic) {
    String f = family.toLowerCase(Locale.ROOT);
    String base;
    String slant;
    if (f.contains("mono") || f.equals("dialoginput")) {
      base = "DejaVuSansMono";
      slant = "Oblique";
    } else if (f.contains("serif") && !f.contains("sans")) {
      base = "DejaVuSerif";
      slant = "Italic";
    } else {
      base = "DejaVuSans";
      slant = "Oblique";
    }
    String style = (bold ? "Bold" : "") + (italic ? slant : "");
    return base + (style.isEmpty() ? "" : "-" + style) + ".ttf";
  }
}
