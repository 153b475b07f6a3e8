package io.github.borderatlas.viewer.output;

import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.map.MapRenderer;
import io.github.borderatlas.viewer.map.MapSnapshot;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes a map as PNG, SVG or PDF, with or without the print layout: the one implementation behind
 * the {@code render} command and the viewer's File menu. Page size: the snapshot's view in logical
 * pixels for SVG and PNG (times the scale for PNG), the paper in points for PDF. Everything is
 * drawn by {@link MapRenderer}; SVG and PDF stay vector (labels as text). Stateless and
 * thread-safe; any thread but the event dispatch thread, since a page takes a while.
 */
public final class MapExport {

  private MapExport() {}

  /** What is written: the print layout or the bare map, sized to the page. */
  public static PageContent content(MapSnapshot map, ExportSettings settings) {
    if (settings.layout()) {
      return new PrintLayout(
          map, settings.title(), settings.dateLabel(), MapCredits.of(map.atlas().atlas()));
    }
    return (g, width, height) -> {
      Viewport vp = map.viewport();
      if (vp.width() != (int) Math.floor(width) || vp.height() != (int) Math.floor(height)) {
        vp = Viewport.fit(vp.worldBounds(), (int) Math.floor(width), (int) Math.floor(height), 0);
      }
      MapRenderer.render(g, map.atlas(), vp, map.options());
    };
  }

  /**
   * Writes the map to {@code out} (flushed, not closed).
   *
   * @return a short description of what was written ("1200x800 px", "A4 portrait, 595x842 pt")
   */
  public static String write(MapSnapshot map, ExportSettings settings, OutputStream out)
      throws IOException {
    PageContent content = content(map, settings);
    Viewport vp = map.viewport();
    switch (settings.format()) {
      case PNG -> {
        BufferedImage img = rasterize(content, vp.width(), vp.height(), settings.scale());
        writePng(img, out);
        return img.getWidth() + "x" + img.getHeight() + " px";
      }
      case SVG -> {
        VectorPages.writeSvg(vp.width(), vp.height(), content, out);
        return vp.width() + "x" + vp.height() + " px";
      }
      default -> {
        float w = (float) settings.paper().widthPt(settings.landscape());
        float h = (float) settings.paper().heightPt(settings.landscape());
        VectorPages.writePdf(w, h, settings.title(), content, out);
        return String.format(
            "%s %s, %.0fx%.0f pt",
            settings.paper(), settings.landscape() ? "landscape" : "portrait", w, h);
      }
    }
  }

  /**
   * Draws a page into a new ARGB image of {@code ceil(width * scale) × ceil(height * scale)}
   * pixels.
   */
  public static BufferedImage rasterize(
      PageContent content, double width, double height, double scale) {
    BufferedImage img =
        new BufferedImage(
            (int) Math.ceil(width * scale),
            (int) Math.ceil(height * scale),
            BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
      content.draw(g, width, height);
    } finally {
      g.dispose();
    }
    return img;
  }

  /**
   * Encodes {@code img} as PNG into {@code out}, caching in memory rather than in a file of the
   * temporary directory (which a full disk would make fail too).
   */
  public static void writePng(BufferedImage img, OutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(img);
      ios.flush();
    } finally {
      writer.dispose();
    }
  }
}
