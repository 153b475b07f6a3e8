package io.github.borderatlas.core.io.convert;

/**
 * Receives progress of a {@link GeoJsonConverter} run, on the converting thread: after each chunk
 * of input read (about every 8 KiB) and once at the end with the final counts; and each warning.
 * Implementations should be cheap (throttle any printing themselves).
 */
@FunctionalInterface
public interface ConvertProgress {

  /** Ignores progress. */
  ConvertProgress NONE = (bytesRead, totalBytes, featuresWritten, featuresSkipped) -> {};

  /**
   * @param bytesRead bytes of the input read so far (the parser reads ahead by up to 8 KiB)
   * @param totalBytes the input's size in bytes, or -1 when unknown (a stream)
   * @param featuresWritten features written so far (not counting one being read)
   * @param featuresSkipped features dropped by the filters so far
   */
  void update(long bytesRead, long totalBytes, long featuresWritten, long featuresSkipped);

  /**
   * A feature was written with a problem, e.g. {@code "in.geojson:3:1 at $.features[1]: exterior
   * ring of polygon 0 has zero area once rounded to 2 decimals"}. The message holds text from the
   * input (the file name): escape it before printing. Ignored by default.
   */
  default void warning(String message) {}
}
