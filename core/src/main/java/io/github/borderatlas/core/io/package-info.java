/**
 * File helpers shared by the readers and writers: {@link io.github.borderatlas.core.io.AtomicFiles}
 * (write to a temporary file, then move into place) and {@link
 * io.github.borderatlas.core.io.IoConsumer}. Thread-safe; no state.
 */
@NullMarked
package io.github.borderatlas.core.io;

import org.jspecify.annotations.NullMarked;
