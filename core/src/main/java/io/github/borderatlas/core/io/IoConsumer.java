package io.github.borderatlas.core.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, e.g. the body that fills an output stream in
 * {@link AtomicFiles#write}.
 *
 * @param <T> the consumed type
 */
@FunctionalInterface
public interface IoConsumer<T> {

  /** Consumes {@code value}; may fail with an I/O error. */
  void accept(T value) throws IOException;
}
