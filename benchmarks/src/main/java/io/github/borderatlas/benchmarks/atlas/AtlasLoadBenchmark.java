package io.github.borderatlas.benchmarks.atlas;

import io.github.borderatlas.core.analysis.AtlasValidator;
import io.github.borderatlas.core.analysis.ValidationReport;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled atlas from the jar's resources (all layer files and figures.json, decoded
 * into the model) in a warm JVM: the geodata issue asks for under 200 ms. {@code load()} reads
 * afresh on every call; {@code atlas()} would return the cached instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AtlasLoadBenchmark {

  @Benchmark
  public Atlas loadBundledAtlas() {
    return ChinaKazakhstan.load();
  }

  @Benchmark
  public ValidationReport validateBundledAtlas() {
    return AtlasValidator.validate(ChinaKazakhstan.atlas());
  }
}
