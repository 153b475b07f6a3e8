package io.github.borderatlas.benchmarks.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.borderatlas.core.io.convert.GeoJsonConverter;
import io.github.borderatlas.core.io.geojson.FeatureCollectionWriter;
import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.GeoJsonWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The GeoJSON reader and writer on their own, in memory (no disk), against the floor of plain
 * Jackson streaming that tokenizes the same bytes and parses every number as a double ({@link
 * #jacksonNumbers}); the ratios {@code read / jacksonNumbers} and {@code write / read} say where
 * {@code convert}'s time goes.
 *
 * <p>Input ({@code -p input=...}): {@code synthetic} (default: {@link SyntheticCountries}, 40
 * polygons of 25,000 vertices with 5 decimals like the npm countries file, about 26 MB), or a path
 * to a GeoJSON file, e.g. the 168 MB {@code map.geo.json} (run with {@code -jvmArgs -Xmx3g}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar GeoJsonBenchmark
 * java -jar benchmarks/target/benchmarks.jar GeoJsonBenchmark -p input=/tmp/map.geo.json \
 *     -jvmArgs -Xmx3g
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class GeoJsonBenchmark {

  @Param({"synthetic"})
  public String input;

  private byte[] bytes;
  private List<GeoJsonFeature> features;
  private final JsonFactory jackson =
      JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();
  private final GeoJsonReader reader = new GeoJsonReader();
  private final GeoJsonWriter writer = new GeoJsonWriter();
  private final GeoJsonConverter converter = new GeoJsonConverter();

  @Setup(Level.Trial)
  public void load() throws IOException {
    bytes =
        input.equals("synthetic")
            ? SyntheticCountries.generate(40, 25_000, 42)
            : Files.readAllBytes(Path.of(input));
    features = reader.readAll(new ByteArrayInputStream(bytes), input);
  }

  /** The floor: Jackson tokens of the whole text, every number parsed as a double. */
  @Benchmark
  public double jacksonNumbers() throws IOException {
    double sum = 0;
    try (JsonParser p = jackson.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
          sum += p.getDoubleValue();
        }
      }
    }
    return sum;
  }

  /** GeoJsonReader: every feature built as JTS geometry with validated positions. */
  @Benchmark
  public void read(Blackhole bh) {
    try (FeatureStream s = reader.open(new ByteArrayInputStream(bytes), input)) {
      while (s.hasNext()) {
        bh.consume(s.next());
      }
    }
  }

  /** GeoJsonWriter: the features read in setup, rewound, rounded to 6 decimals, with bboxes. */
  @Benchmark
  public long write() {
    CountingSink sink = new CountingSink();
    FeatureCollectionWriter w = writer.open(sink, "sink");
    for (GeoJsonFeature f : features) {
      w.write(f);
    }
    w.close();
    return sink.count;
  }

  /** The whole conversion, bytes to bytes (no disk, no fsync). */
  @Benchmark
  public long convert() {
    CountingSink sink = new CountingSink();
    converter.convert(new ByteArrayInputStream(bytes), input, sink, "sink");
    return sink.count;
  }

  /** Discards what is written, counting it. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
