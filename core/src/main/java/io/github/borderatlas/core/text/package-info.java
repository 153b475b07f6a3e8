/**
 * Text for people: {@link io.github.borderatlas.core.text.TerminalText} makes text taken from input
 * files safe to print on a terminal or into a log. Depends on nothing else in core.
 */
@NullMarked
package io.github.borderatlas.core.text;

import org.jspecify.annotations.NullMarked;
