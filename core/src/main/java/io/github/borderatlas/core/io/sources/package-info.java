/**
 * The bibliography's file formats: {@link io.github.borderatlas.core.io.sources.SourcesJson} reads
 * the bundled {@code sources.json}; {@link io.github.borderatlas.core.io.sources.CslJson} and
 * {@link io.github.borderatlas.core.io.sources.BibTex} write it for reference managers (Zotero) and
 * LaTeX. Stateless classes are thread-safe.
 */
@NullMarked
package io.github.borderatlas.core.io.sources;

import org.jspecify.annotations.NullMarked;
