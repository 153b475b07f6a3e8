package io.github.borderatlas.core.io.convert;

/**
 * What a {@link GeoJsonConverter} run did.
 *
 * @param featuresWritten features in the output FeatureCollection
 * @param featuresSkipped features read but dropped by {@code where} or {@code bbox}
 * @param bytesRead bytes of input consumed
 * @param bytesWritten bytes of output written
 */
public record ConvertResult(
    long featuresWritten, long featuresSkipped, long bytesRead, long bytesWritten) {

  /** Features read from the input, kept or not. */
  public long featuresRead() {
    return featuresWritten + featuresSkipped;
  }
}
