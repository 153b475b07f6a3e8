package io.github.borderatlas.viewer.app;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import java.util.function.Supplier;

/**
 * Where the viewer and the command line get their atlas: the dataset bundled in the geodata module
 * ({@link ChinaKazakhstan#atlas()}, loaded once and cached there). Thread-safe.
 */
public final class BundledAtlas implements Supplier<Atlas> {

  /** The shared instance. */
  public static final BundledAtlas INSTANCE = new BundledAtlas();

  private BundledAtlas() {}

  @Override
  public Atlas get() {
    return ChinaKazakhstan.atlas();
  }
}
