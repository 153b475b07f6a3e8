package io.github.borderatlas.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Xvfb virtual X server, started on a display number it picks itself ({@code -displayfd}: the
 * server tries successive numbers and reports the free one it took, so two builds side by side
 * cannot collide), and stopped by {@link #close()}. Not thread-safe; {@link
 * VirtualDisplayExtension} keeps one per JVM.
 */
final class XvfbServer implements AutoCloseable {

  /** Screen of the virtual display: wide enough for every window the tests open. */
  static final String SCREEN = "1920x1200x24";

  private static final long START_TIMEOUT_SECONDS = 20;

  private final Process process;
  private final String display;
  private final Path log;

  private XvfbServer(Process process, String display, Path log) {
    this.process = process;
    this.display = display;
    this.log = log;
  }

  /**
   * Starts {@code xvfb} and waits until it reports its display number.
   *
   * @throws IOException when it cannot be started or exits without a display (the message holds its
   *     error output)
   */
  static XvfbServer start(Path xvfb) throws IOException {
    Path log = Files.createTempFile("borderatlas-xvfb", ".log");
    Process p =
        new ProcessBuilder(
                List.of(
                    xvfb.toString(),
                    "-displayfd",
                    "1",
                    "-screen",
                    "0",
                    SCREEN,
                    "-nolisten",
                    "tcp",
                    "-noreset"))
            .redirectError(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
            .start();
    CompletableFuture<String> number =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
                String line = r.readLine();
                return line == null ? "" : line.trim();
              } catch (IOException e) {
                return "";
              }
            });
    String n;
    try {
      n = number.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while starting " + xvfb, e);
    } catch (ExecutionException | TimeoutException e) {
      n = "";
    }
    if (!n.matches("\\d+")) {
      p.destroyForcibly();
      throw new IOException(
          xvfb + " did not start a display: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    return new XvfbServer(p, ":" + n, log);
  }

  /** The display name for the {@code DISPLAY} variable, e.g. {@code ":99"}. */
  String display() {
    return display;
  }

  /** Stops the server and deletes its log. */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    Files.deleteIfExists(log);
  }

  private static java.io.File nullDevice() {
    return new java.io.File("/dev/null");
  }
}
