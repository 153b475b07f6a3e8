package io.github.borderatlas.viewer.panels;

import java.awt.Desktop;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import javax.swing.JEditorPane;
import javax.swing.UIManager;
import javax.swing.event.HyperlinkEvent;
import javax.swing.text.html.HTMLEditorKit;

/**
 * A read-only, selectable HTML text area in the look and feel's font and text colour (so it reads
 * in light and dark themes): the body of the details, in-force and figures texts. The HTML given
 * should not set colours of its own. Use on the Swing event thread only.
 *
 * <p><b>Links and details.</b> A web link opens in the browser ({@link Desktop#browse}) where the
 * desktop supports it, else its address is copied to the clipboard. Text meant for developers (ids,
 * codes, citations as written) is wrapped by {@link #details(String)} and shown only after the
 * "Details" toggle at the end of the pane is clicked (collapsed by default).
 */
public final class HtmlPane extends JEditorPane {

  /** The address of the "Details" toggle link. */
  static final String TOGGLE = "borderatlas:details";

  private static final String OPEN = "<!--details-->";
  private static final String CLOSE = "<!--/details-->";
  private static final Pattern DETAILS =
      Pattern.compile(Pattern.quote(OPEN) + ".*?" + Pattern.quote(CLOSE), Pattern.DOTALL);

  private String fragment = "";
  private boolean detailsShown;
  private String lastLink = "";

  /** An empty pane. */
  public HtmlPane() {
    addHyperlinkListener(
        e -> {
          if (e.getEventType() == HyperlinkEvent.EventType.ACTIVATED) {
            follow(e.getDescription());
          }
        });
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
    fragment = bodyFragment;
    render();
    setCaretPosition(0);
  }

  /**
   * Wraps developer text (ids, codes, citations as written) so that the pane shows it only when its
   * "Details" toggle is on.
   */
  public static String details(String htmlFragment) {
    return OPEN + "<br><font size='-1'>" + htmlFragment + "</font>" + CLOSE;
  }

  /** The fragment as shown now: details blocks removed while collapsed, plus the toggle. */
  static String visible(String fragment, boolean detailsShown) {
    if (!fragment.contains(OPEN)) {
      return fragment;
    }
    String body = detailsShown ? fragment : DETAILS.matcher(fragment).replaceAll("");
    return body
        + "<p><a href='"
        + TOGGLE
        + "'>"
        + (detailsShown ? "Hide details" : "Details")
        + "</a></p>";
  }

  /** Whether the details are shown. */
  public boolean detailsShown() {
    return detailsShown;
  }

  /** Shows or hides the details blocks (the "Details" toggle). */
  public void setDetailsShown(boolean shown) {
    detailsShown = shown;
    render();
  }

  /** The address of the last link followed (opened or copied); for tests. */
  String lastLink() {
    return lastLink;
  }

  /** Follows a link: the details toggle, or a web address opened in the browser or copied. */
  void follow(String href) {
    if (href == null) {
      return;
    }
    if (href.equals(TOGGLE)) {
      setDetailsShown(!detailsShown);
      return;
    }
    lastLink = href;
    try {
      if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        Desktop.getDesktop().browse(new URI(href));
        return;
      }
    } catch (IOException
        | URISyntaxException
        | UnsupportedOperationException
        | SecurityException
        | IllegalArgumentException e) { // no browser, or a malformed address: copy it instead
      // fall through
    }
    try {
      Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(href), null);
    } catch (HeadlessException | IllegalStateException e) {
      // no clipboard either (headless, or held by another program): the address stays shown
    }
  }

  private void render() {
    setText("<html><body style='margin:4px'>" + visible(fragment, detailsShown) + "</body></html>");
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
