package io.github.borderatlas.viewer.output;

import io.github.borderatlas.viewer.draw.Viewport;
import io.github.borderatlas.viewer.layers.Palette;
import io.github.borderatlas.viewer.map.MapRenderer;
import io.github.borderatlas.viewer.map.MapSnapshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF of the map through time: one frame per {@link HistoryFrames.Frame}, each the
 * snapshot's area drawn by {@link MapRenderer} as on the frame's date under a caption band with the
 * date (at its precision) and the event. Written with the JDK's GIF writer (each frame quantised to
 * its own 256-colour table), looping forever through the NETSCAPE2.0 application extension on the
 * first frame. Stateless and thread-safe; not for the event dispatch thread.
 */
public final class GifAnimation {

  /** Height of the caption band, logical pixels. */
  static final int CAPTION_PX = 30;

  /** The image metadata format of the JDK's GIF writer. */
  static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

  /** Told before each frame is drawn; may throw to stop (e.g. a cancelled dialog). */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param index the frame about to be drawn, from 0
     * @param count the number of frames
     * @param frame the frame
     */
    void frame(int index, int count, HistoryFrames.Frame frame);
  }

  private GifAnimation() {}

  /**
   * Writes the animation (flushed, not closed). The image is the snapshot's view size; the map
   * takes it below the caption band.
   *
   * @param frameMs how long each frame shows, milliseconds (GIF keeps hundredths: rounded)
   * @throws IllegalArgumentException when there are no frames
   */
  public static void write(
      MapSnapshot map,
      List<HistoryFrames.Frame> frames,
      int frameMs,
      OutputStream out,
      Progress progress)
      throws IOException {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("an animation needs at least one frame");
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      writer.prepareWriteSequence(null);
      for (int i = 0; i < frames.size(); i++) {
        progress.frame(i, frames.size(), frames.get(i));
        BufferedImage img = frame(map, frames.get(i));
        IIOMetadata meta =
            writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        configure(meta, frameMs, i == 0);
        writer.writeToSequence(new IIOImage(img, null, meta), param);
      }
      writer.endWriteSequence();
      ios.flush();
    } finally {
      writer.dispose();
    }
  }

  /** One frame: the caption band, then the map as on the frame's date. */
  static BufferedImage frame(MapSnapshot map, HistoryFrames.Frame frame) {
    Viewport full = map.viewport();
    int w = full.width();
    int h = full.height();
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      MapRenderer.hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, CAPTION_PX);
      Viewport below = Viewport.fit(full.worldBounds(), w, Math.max(16, h - CAPTION_PX), 0);
      Graphics2D m = (Graphics2D) g.create();
      try {
        m.translate(0, CAPTION_PX);
        MapRenderer.render(m, map.atlas(), below, map.options().withDate(frame.mapDate()));
      } finally {
        m.dispose();
      }
      g.setColor(new Color(0x222222));
      Font font = Palette.PLACE_FONT_BOLD.deriveFont(15f);
      g.setFont(font);
      String caption = frame.caption();
      double width = g.getFontMetrics().getStringBounds(caption, g).getWidth();
      if (width > w - 16) {
        g.setFont(font.deriveFont((float) (15 * (w - 16) / width)));
      }
      g.drawString(caption, 8, CAPTION_PX - 9);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Sets the frame delay and, on the first frame, the loop-forever extension. */
  static void configure(IIOMetadata meta, int frameMs, boolean first) throws IOException {
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(GIF_METADATA);
    IIOMetadataNode gce = child(root, "GraphicControlExtension");
    gce.setAttribute("disposalMethod", "none");
    gce.setAttribute("userInputFlag", "FALSE");
    gce.setAttribute("transparentColorFlag", "FALSE");
    gce.setAttribute("transparentColorIndex", "0");
    gce.setAttribute("delayTime", Integer.toString(Math.max(1, Math.round(frameMs / 10f))));
    if (first) {
      IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
      app.setAttribute("applicationID", "NETSCAPE");
      app.setAttribute("authenticationCode", "2.0");
      // sub-block 1: loop count, little-endian; 0 loops forever
      app.setUserObject(new byte[] {1, 0, 0});
      child(root, "ApplicationExtensions").appendChild(app);
    }
    meta.setFromTree(GIF_METADATA, root);
  }

  private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
    for (int i = 0; i < parent.getLength(); i++) {
      if (parent.item(i).getNodeName().equals(name)) {
        return (IIOMetadataNode) parent.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    parent.appendChild(node);
    return node;
  }
}
