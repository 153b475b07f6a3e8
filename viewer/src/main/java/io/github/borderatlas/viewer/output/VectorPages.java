package io.github.borderatlas.viewer.output;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import io.github.borderatlas.viewer.layers.LabelRendering;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes one page of vector graphics: SVG through JFreeSVG's {@link SVGGraphics2D}, PDF through
 * PDFBox and {@link PdfBoxGraphics2D}. Both ask the map for labels as text ({@link
 * LabelRendering#TEXT}); in the PDF, text is set in embedded font subsets ({@link PdfTextDrawer}).
 * Nothing is rasterised. The stream is flushed, not closed. Stateless and thread-safe; each call
 * uses its own document.
 */
public final class VectorPages {

  private VectorPages() {}

  /**
   * Writes an SVG document of {@code width × height} user units (logical pixels; the {@code
   * width}/{@code height} attributes in px) in UTF-8.
   */
  public static void writeSvg(double width, double height, PageContent content, OutputStream out)
      throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setColor(Color.BLACK);
    LabelRendering.useText(g);
    content.draw(g, width, height);
    g.dispose();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8); // flushed, never closed
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String svg = g.getSVGDocument();
    w.write(svg.substring(svg.indexOf("<svg")));
    w.write("\n");
    w.flush();
  }

  /**
   * Writes a one-page PDF whose page is {@code widthPt × heightPt} points (1/72 inch); the content
   * draws in points with y down.
   *
   * @param title the document title (PDF information dictionary), or {@code null}
   */
  public static void writePdf(
      float widthPt, float heightPt, String title, PageContent content, OutputStream out)
      throws IOException {
    try (PDDocument doc = new PDDocument();
        PdfTextDrawer text = new PdfTextDrawer(doc)) {
      PDPage page = new PDPage(new PDRectangle(widthPt, heightPt));
      doc.addPage(page);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setCreator("BorderAtlas");
      if (title != null) {
        info.setTitle(title);
      }
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, widthPt, heightPt);
      g.setFontTextDrawer(text);
      g.setColor(Color.BLACK); // PdfBoxGraphics2D starts without a paint, and draws nothing then
      LabelRendering.useText(g);
      try {
        content.draw(g, widthPt, heightPt);
      } finally {
        g.dispose();
      }
      PDFormXObject form = g.getXFormObject();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawForm(form);
      }
      // PDFBox closes the stream it saves to; the caller owns this one
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      bytes.writeTo(out);
      out.flush();
    }
  }
}
