package io.github.borderatlas.geodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Published lengths of land borders between pairs of countries, each with its source, shipped as
 * {@code borders/published-border-lengths.csv} (Central Asia: Kazakhstan with China, Kyrgyzstan,
 * Russia, Uzbekistan, Turkmenistan; China with Kyrgyzstan, Mongolia, Russia, Tajikistan). Loaded
 * once; immutable and thread-safe.
 */
public final class PublishedBorderLengths {

  /** The resource, relative to this class. */
  public static final String RESOURCE = "borders/published-border-lengths.csv";

  /**
   * One published length.
   *
   * @param firstKey ISO 3166-1 alpha-3 code
   * @param secondKey ISO 3166-1 alpha-3 code
   * @param lengthKilometres the published length, km
   * @param sourceTitle the source's title
   * @param sourceUrl the source's full URL
   * @param note a remark (other published figures), possibly empty
   */
  public record PublishedLength(
      String firstKey,
      String secondKey,
      double lengthKilometres,
      String sourceTitle,
      String sourceUrl,
      String note) {

    /**
     * Checks the components; a {@code null} note is read as empty.
     *
     * @throws NullPointerException when a key or the source is {@code null}
     */
    public PublishedLength {
      Objects.requireNonNull(firstKey, "firstKey");
      Objects.requireNonNull(secondKey, "secondKey");
      Objects.requireNonNull(sourceTitle, "sourceTitle");
      Objects.requireNonNull(sourceUrl, "sourceUrl");
      note = note == null ? "" : note;
    }

    /** The source as one line: title and URL. */
    public String source() {
      return sourceTitle + ", " + sourceUrl;
    }
  }

  private static final List<PublishedLength> ALL = load();

  private PublishedBorderLengths() {}

  /** Every published length, in file order. */
  public static List<PublishedLength> all() {
    return Collections.unmodifiableList(ALL);
  }

  /** The published length of the border between two countries, in either order. */
  public static Optional<PublishedLength> of(String a, String b) {
    return ALL.stream()
        .filter(
            p ->
                (p.firstKey().equals(a) && p.secondKey().equals(b))
                    || (p.firstKey().equals(b) && p.secondKey().equals(a)))
        .findFirst();
  }

  private static List<PublishedLength> load() {
    InputStream in = PublishedBorderLengths.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<PublishedLength> out = new ArrayList<>();
      boolean header = true;
      int lineNumber = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 6) {
          throw new IllegalStateException(
              RESOURCE + ":" + lineNumber + ": 6 fields expected, found " + f.length);
        }
        out.add(new PublishedLength(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4], f[5]));
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
