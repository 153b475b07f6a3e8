package io.github.borderatlas.viewer.output;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import io.github.borderatlas.viewer.layers.LabelFonts;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.font.TextAttribute;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the strings of a PDF page as PDF text in embedded TrueType fonts, so that they stay
 * selectable and searchable ({@code pdftotext} finds them). Each string is split into runs, each in
 * the first font of {@link FontFiles#chainFor its chain} that has glyphs for it (DejaVu for Latin
 * and Cyrillic, a Chinese-capable font for Chinese); fonts are embedded as subsets, and a string
 * with a character no installed font has is left to PdfBoxGraphics2D, which draws it as vector
 * outlines (never as an image). Widths are measured with Java's fonts, which are the same DejaVu
 * faces on most Linux systems.
 *
 * <p>Not thread-safe: one per document; {@link #close()} after the document is saved.
 */
final class PdfTextDrawer implements IPdfBoxGraphics2DFontTextDrawer, Closeable {

  /**
   * Key of the Chinese subset font bundled for the labels ({@link LabelFonts}): in every chain
   * after DejaVu, so that Chinese text stays text, in the labels' face, even on a machine without a
   * Chinese font.
   */
  private static final Path BUNDLED_CJK = Path.of("bundled", "NotoSansCJKsc-subset.ttf");

  private record Face(TrueTypeFont ttf, CmapLookup cmap, PDType0Font pdf, Closeable owner) {}

  /** A run of text in one face. */
  private record Run(String text, Face face) {}

  private final PDDocument document;
  private final Map<Path, Optional<Face>> faces = new HashMap<>();

  PdfTextDrawer(PDDocument document) {
    this.document = document;
  }

  @Override
  public boolean canDrawText(AttributedCharacterIterator it, IFontTextDrawerEnv env)
      throws IOException {
    return runs(text(it), fontOf(it, env)) != null;
  }

  @Override
  public void drawText(AttributedCharacterIterator it, IFontTextDrawerEnv env) throws IOException {
    Font font = fontOf(it, env);
    Paint paint = (Paint) it.getAttribute(TextAttribute.FOREGROUND);
    List<Run> runs = runs(text(it), font);
    if (runs == null) {
      return; // canDrawText said no; PdfBoxGraphics2D does not call us then
    }
    PDPageContentStream cs = env.getContentStream();
    cs.saveGraphicsState();
    cs.beginText();
    // the content stream is in Java2D user space at the baseline start; text space has y up
    cs.setTextMatrix(new Matrix(1, 0, 0, -1, 0, 0));
    env.applyPaint(paint != null ? paint : env.getPaint(), null);
    for (Run r : runs) {
      cs.setFont(r.face().pdf(), font.getSize2D());
      cs.showText(r.text());
    }
    cs.endText();
    cs.restoreGraphicsState();
  }

  @Override
  public FontMetrics getFontMetrics(Font f, IFontTextDrawerEnv env) {
    return env.getCalculationGraphics().getFontMetrics(f);
  }

  private static Font fontOf(AttributedCharacterIterator it, IFontTextDrawerEnv env) {
    Object f = it.getAttribute(TextAttribute.FONT);
    return f instanceof Font font ? font : env.getFont();
  }

  private static String text(AttributedCharacterIterator it) {
    StringBuilder sb = new StringBuilder();
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
      sb.append(c);
    }
    it.first();
    return sb.toString();
  }

  /** The text split into runs by face, or {@code null} when a character has no face. */
  private List<Run> runs(String text, Font font) throws IOException {
    List<Face> chain = new ArrayList<>();
    // DejaVu first; then the labels' own Chinese subset, so that the page sets Chinese names as the
    // screen does; then the machine's Chinese fonts for characters the subset lacks
    List<Path> files = FontFiles.chainFor(font);
    for (Path p : files) {
      if (!FontFiles.isCjk(p)) {
        face(p).ifPresent(chain::add);
      }
    }
    face(BUNDLED_CJK).ifPresent(chain::add);
    for (Path p : files) {
      if (FontFiles.isCjk(p)) {
        face(p).ifPresent(chain::add);
      }
    }
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Face currentFace = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!isLeftToRight(cp)) {
        return null;
      }
      Face face = null;
      if (currentFace != null && Character.isWhitespace(cp) && has(currentFace, cp)) {
        face = currentFace; // keep spaces in the run they separate
      } else {
        for (Face f : chain) {
          if (has(f, cp)) {
            face = f;
            break;
          }
        }
      }
      if (face == null) {
        return null;
      }
      if (face != currentFace && current.length() > 0) {
        runs.add(new Run(current.toString(), currentFace));
        current.setLength(0);
      }
      currentFace = face;
      current.appendCodePoint(cp);
    }
    if (current.length() > 0) {
      runs.add(new Run(current.toString(), currentFace));
    }
    return runs;
  }

  private static boolean has(Face f, int codePoint) {
    return f.cmap().getGlyphId(codePoint) > 0;
  }

  private static boolean isLeftToRight(int cp) {
    return switch (Character.getDirectionality(cp)) {
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT ->
          false;
      default -> true;
    };
  }

  /** The face of a font file, loaded and embedded (as a subset) on first use; empty if unusable. */
  private Optional<Face> face(Path file) {
    Optional<Face> f = faces.get(file);
    if (f == null) {
      f = load(file);
      faces.put(file, f);
    }
    return f;
  }

  private Optional<Face> load(Path file) {
    try {
      TrueTypeFont ttf;
      Closeable owner;
      if (file.equals(BUNDLED_CJK)) {
        try (InputStream in = LabelFonts.openFontFile()) {
          ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        owner = ttf;
      } else if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".ttc")) {
        TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(
            t -> {
              if (first[0] == null) {
                first[0] = t;
              }
            });
        ttf = first[0];
        owner = ttc;
      } else {
        ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        owner = ttf;
      }
      if (ttf == null) {
        owner.close();
        return Optional.empty();
      }
      CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
      if (cmap == null) {
        owner.close();
        return Optional.empty();
      }
      return Optional.of(new Face(ttf, cmap, PDType0Font.load(document, ttf, true), owner));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not a TrueType font PDFBox can embed (e.g. CFF outlines)
    }
  }

  /** Releases the font files; call after the document is saved. */
  @Override
  public void close() throws IOException {
    for (Optional<Face> f : faces.values()) {
      if (f.isPresent()) {
        f.get().owner().close();
      }
    }
    faces.clear();
  }
}
