/**
 * The bundled China–Kazakhstan dataset: {@link
 * io.github.borderatlas.geodata.ChinaKazakhstan#atlas()} (read once, cached, immutable and
 * thread-safe), the ids of its features as {@link io.github.borderatlas.geodata.BundledIds}
 * constants, and the data licences ({@link io.github.borderatlas.geodata.DataLicense}).
 */
@NullMarked
package io.github.borderatlas.geodata;

import org.jspecify.annotations.NullMarked;
