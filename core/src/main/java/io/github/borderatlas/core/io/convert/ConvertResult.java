package io.github.borderatlas.core.io.convert;

/**
 * What a {@link GeoJsonConverter} run did.
 *
 * @param featuresWritten features in the output FeatureCollection
 * @param featuresSkipped features read but dropped by {@code where} or {@code bbox}
 * @param bytesRead bytes of input consumed
 * @param bytesWritten bytes of output written
 * @param warnings features written with a warning (a geometry that degenerates when rounded)
 */
public record ConvertResult(
    long featuresWritten, long featuresSkipped, long bytesRead, long bytesWritten, long warnings) {

  /** A result without warnings. */
  public ConvertResult(
      long featuresWritten, long featuresSkipped, long bytesRead, long bytesWritten) {
    this(featuresWritten, featuresSkipped, bytesRead, bytesWritten, 0);
  }

  /** Features read from the input, kept or not. */
  public long featuresRead() {
    return featuresWritten + featuresSkipped;
  }
}
