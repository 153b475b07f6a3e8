/**
 * Finding features by name or attribute: accent- and case-insensitive folding ({@link
 * io.github.borderatlas.viewer.search.TextFold}), an index of atlas names in four languages and of
 * attribute values of plain feature lists ({@link io.github.borderatlas.viewer.search.SearchIndex})
 * and the toolbar search box ({@link io.github.borderatlas.viewer.search.SearchBox}).
 */
package io.github.borderatlas.viewer.search;
