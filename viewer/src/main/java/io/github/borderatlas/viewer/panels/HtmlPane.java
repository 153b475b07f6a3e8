package io.github.borderatlas.viewer.panels;

import javax.swing.JEditorPane;
import javax.swing.UIManager;
import javax.swing.text.html.HTMLEditorKit;

/**
 * A read-only, selectable HTML text area in the look and feel's font and text colour (so it reads
 * in light and dark themes): the body of the details, in-force and figures texts. The HTML given
 * should not set colours of its own. Use on the Swing event thread only.
 */
public final class HtmlPane extends JEditorPane {

  /** An empty pane. */
  public HtmlPane() {
    setEditorKit(new HTMLEditorKit());
    setEditable(false);
    setOpaque(false);
    putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
    setFont(Theme.font());
  }

  @Override
  public void updateUI() {
    super.updateUI();
    if (UIManager.getFont("Label.font") != null) {
      setFont(UIManager.getFont("Label.font"));
    }
    if (UIManager.getColor("Label.foreground") != null) {
      setForeground(UIManager.getColor("Label.foreground"));
    }
  }

  /** Shows an HTML fragment (the inside of a {@code <body>}), scrolled to the top. */
  public void setHtml(String bodyFragment) {
    setText("<html><body style='margin:4px'>" + bodyFragment + "</body></html>");
    setCaretPosition(0);
  }

  /**
   * Escapes text for HTML: {@code & < > "} become entities. {@code null} becomes the empty string.
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
