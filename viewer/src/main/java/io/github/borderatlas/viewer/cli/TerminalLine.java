package io.github.borderatlas.viewer.cli;

import io.github.borderatlas.core.text.TerminalText;
import java.io.PrintWriter;

/**
 * One carriage-return status line on a terminal: {@link #show} redraws it at most every {@link
 * #INTERVAL_MS} ms, padding over a longer previous text, and {@link #erase} clears it. Silent when
 * constructed without a terminal (output piped). Not thread-safe: one worker thread.
 */
final class TerminalLine {

  /** Minimum time between redraws, milliseconds. */
  static final long INTERVAL_MS = 200;

  private final PrintWriter terminal;
  private long lastDrawMs;
  private int drawnLength;

  /**
   * @param terminal where to draw, or {@code null} for no output
   * @param drawFirstAtOnce whether the first {@link #show} draws at once or only after an interval
   */
  TerminalLine(PrintWriter terminal, boolean drawFirstAtOnce) {
    this.terminal = terminal;
    this.lastDrawMs = drawFirstAtOnce ? Long.MIN_VALUE / 2 : nowMs();
  }

  /** The terminal to draw on: {@code err} when a console is attached, else nothing. */
  static PrintWriter terminalOrNull(PrintWriter err) {
    return System.console() != null ? err : null;
  }

  /** Whether a line would be drawn at all. */
  boolean enabled() {
    return terminal != null;
  }

  /** Draws {@code text} unless the last draw was less than {@link #INTERVAL_MS} ago. */
  void show(String text) {
    if (terminal == null) {
      return;
    }
    long now = nowMs();
    if (now - lastDrawMs < INTERVAL_MS) {
      return;
    }
    lastDrawMs = now;
    text = TerminalText.escape(text); // the text may hold a file name
    terminal.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
    terminal.flush();
    drawnLength = text.length();
  }

  /** Clears the line, if one was drawn. */
  void erase() {
    if (terminal != null && drawnLength > 0) {
      terminal.print("\r" + " ".repeat(drawnLength) + "\r");
      terminal.flush();
      drawnLength = 0;
    }
  }

  private static long nowMs() {
    return System.nanoTime() / 1_000_000;
  }
}
