package io.github.borderatlas.core.io.convert;

import io.github.borderatlas.core.io.AtomicFiles;
import io.github.borderatlas.core.io.IoReasons;
import io.github.borderatlas.core.io.geojson.FeatureCollectionWriter;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonException;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.GeoJsonStructureException;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import io.github.borderatlas.core.io.geojson.RoundingCollapse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams any GeoJSON (a bare geometry, a Feature or a FeatureCollection) into an RFC 7946
 * FeatureCollection, one feature at a time: memory is bounded by the largest feature, not by the
 * file.
 *
 * <p>The output, as {@link GeoJsonWriter} writes it: {@code [lon, lat]} WGS84 positions rounded
 * half-up to {@link ConvertOptions#decimals()} decimals; exterior rings counter-clockwise and holes
 * clockwise; no {@code crs} (other foreign members are dropped too); {@code bbox} on every feature
 * with a geometry and on the collection (after the features, as it is known only then), computed
 * from the rounded coordinates; ids as the JSON type they had ({@code 7} stays a number, {@code
 * "7"} a string); properties in the input's order, numbers copied token for token ({@link
 * io.github.borderatlas.core.io.geojson.JsonNumber}, never through a {@code double}). A geometry
 * that degenerates when rounded (a ring of zero area, a line whose positions merge) is written with
 * a {@link ConvertProgress#warning} naming the feature's line:column and JSON path, or refused when
 * {@link ConvertOptions#strict()}. Features are kept in input order; {@code where} and {@code bbox}
 * drop features (see {@link ConvertOptions}).
 *
 * <p>Errors: bad input (malformed JSON, invalid GeoJSON, anything beyond the {@link
 * ConvertOptions#limits()}) and I/O failures are {@link GeoJsonException}s naming the file,
 * line:column and JSON path. When converting to a file, the file is written atomically: on any
 * failure the old file is left exactly as it was and no temporary file remains.
 *
 * <p>Thread safety: immutable and thread-safe; each call is single-threaded.
 *
 * <pre>{@code
 * GeoJsonConverter converter =
 *     new GeoJsonConverter(ConvertOptions.builder().where("A3=CHN,KAZ").build());
 * ConvertResult r = converter.convert(Path.of("map.geo.json"), Path.of("chn-kaz.geojson"));
 * }</pre>
 */
public final class GeoJsonConverter {

  private final ConvertOptions options;
  private final GeoJsonReader reader;
  private final GeoJsonWriter writer;
  private final BboxFilter bbox;

  /** A converter with {@link ConvertOptions#defaults()}. */
  public GeoJsonConverter() {
    this(ConvertOptions.defaults());
  }

  /**
   * A converter with the given options.
   *
   * @param options decimals, filters and limits
   * @throws NullPointerException if {@code options} is {@code null}
   */
  public GeoJsonConverter(ConvertOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    ReadOptions.Builder read =
        ReadOptions.builder().limits(options.limits()).exactNumbers(true); // copy number tokens
    if (options.whereKey() != null) {
      read.where(options.whereKey(), options.whereValues());
    }
    double[] box = options.bbox();
    if (box != null) {
      read.bbox(box[0], box[1], box[2], box[3]); // envelope pre-filter
    }
    ReadOptions readOptions = read.build();
    this.reader = new GeoJsonReader(readOptions);
    this.writer = GeoJsonWriter.builder().decimals(options.decimals()).build();
    this.bbox = box == null ? null : new BboxFilter(box, readOptions.geometryFactory());
  }

  /**
   * The options this converter was made with.
   *
   * @return the options
   */
  public ConvertOptions options() {
    return options;
  }

  /** Converts {@code in} to {@code out} atomically, without progress reports. */
  public ConvertResult convert(Path in, Path out) {
    return convert(in, out, ConvertProgress.NONE);
  }

  /**
   * Converts the file {@code in} to the file {@code out}, atomically. {@code in} and {@code out}
   * may be the same file (it is replaced once the conversion succeeded).
   *
   * @throws GeoJsonException on bad input or an I/O error; {@code out} is then unchanged
   */
  public ConvertResult convert(Path in, Path out, ConvertProgress progress) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    String source = in.toString();
    long size;
    InputStream stream;
    if (Files.isDirectory(in)) {
      throw new GeoJsonException("cannot open: it is a directory", source, -1, -1, null, null);
    }
    try {
      size = Files.isRegularFile(in) ? Files.size(in) : -1;
      stream = Files.newInputStream(in);
    } catch (IOException e) {
      throw new GeoJsonException("cannot open: " + describe(e), source, -1, -1, null, e);
    }
    try (InputStream closing = stream) {
      return convert(closing, source, size, out, progress);
    } catch (IOException e) {
      throw new GeoJsonException("cannot close: " + describe(e), source, -1, -1, null, e);
    }
  }

  /**
   * Converts {@code in} (not closed) to the file {@code out}, atomically.
   *
   * @param source the input's label in error messages (a file name), or {@code null}
   * @param totalBytes the input's size for progress reports, or -1 when unknown
   * @throws GeoJsonException on bad input or an I/O error; {@code out} is then unchanged
   */
  public ConvertResult convert(
      InputStream in, String source, long totalBytes, Path out, ConvertProgress progress) {
    Objects.requireNonNull(out, "out");
    ConvertResult[] result = new ConvertResult[1];
    try {
      AtomicFiles.write(
          out,
          stream -> result[0] = convert(in, source, totalBytes, stream, out.toString(), progress));
    } catch (IOException | UncheckedIOException e) {
      throw new GeoJsonException("cannot write: " + describe(e), out.toString(), -1, -1, null, e);
    }
    return result[0];
  }

  /**
   * Converts {@code in} to {@code out}; neither is closed. Not atomic: on failure {@code out} holds
   * a truncated document.
   *
   * @param source the input's label in error messages, or {@code null}
   * @param target the output's label in error messages, or {@code null}
   * @throws GeoJsonException on bad input or an I/O error
   */
  public ConvertResult convert(InputStream in, String source, OutputStream out, String target) {
    return convert(in, source, -1, out, target, ConvertProgress.NONE);
  }

  /**
   * Converts {@code in} to {@code out} with progress reports; neither is closed. Not atomic: on
   * failure {@code out} holds a truncated document (write to an {@link
   * io.github.borderatlas.core.io.AtomicOutput} and commit it on success for an atomic file).
   *
   * @param source the input's label in error messages, or {@code null}
   * @param totalBytes the input's size for progress reports, or -1 when unknown
   * @param target the output's label in error messages, or {@code null}
   * @throws GeoJsonException on bad input or an I/O error
   */
  public ConvertResult convert(
      InputStream in,
      String source,
      long totalBytes,
      OutputStream out,
      String target,
      ConvertProgress progress) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    Run run = new Run();
    CountingInputStream counted =
        new CountingInputStream(
            in, read -> progress.update(read, totalBytes, run.written(), run.skipped()));
    CountingOutputStream written = new CountingOutputStream(out);
    try (FeatureStream features = reader.open(counted, source)) {
      run.features = features;
      run.collection = writer.open(written, target);
      while (features.hasNext()) {
        GeoJsonFeature f = features.next();
        if (bbox != null && !bbox.intersects(f.geometry())) {
          run.skippedByShape++;
        } else {
          checkRounding(f, features, source, progress, run);
          run.collection.write(f);
        }
      }
      run.collection.close();
      progress.update(counted.count(), totalBytes, run.written(), run.skipped());
      return new ConvertResult(
          run.written(), run.skipped(), counted.count(), written.count(), run.warnings);
    }
  }

  /** Warns about (or, strict, refuses) a geometry that degenerates at the output decimals. */
  private void checkRounding(
      GeoJsonFeature f, FeatureStream features, String source, ConvertProgress progress, Run run) {
    Optional<String> collapse = RoundingCollapse.describe(f.geometry(), options.decimals());
    if (collapse.isEmpty()) {
      return;
    }
    String problem =
        "the geometry degenerates: "
            + collapse.get()
            + (options.strict() ? "" : " (written anyway; --strict refuses it)");
    GeoJsonException located =
        new GeoJsonStructureException(
            problem,
            source,
            features.featureLine(),
            features.featureColumn(),
            features.featurePath());
    if (options.strict()) {
      throw located;
    }
    run.warnings++;
    progress.warning(located.getMessage());
  }

  /** The counters of one run, for progress reports. */
  private static final class Run {
    FeatureStream features;
    FeatureCollectionWriter collection;
    long skippedByShape;
    long warnings;

    long written() {
      return collection == null ? 0 : collection.count();
    }

    long skipped() {
      return (features == null ? 0 : features.filtered()) + skippedByShape;
    }
  }

  private static String describe(Exception e) {
    return e instanceof UncheckedIOException u
        ? IoReasons.reason(u)
        : IoReasons.reason((IOException) e);
  }
}
