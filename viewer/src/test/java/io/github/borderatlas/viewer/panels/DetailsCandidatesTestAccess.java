package io.github.borderatlas.viewer.panels;

import java.awt.Component;
import java.awt.Container;

/** Finds a named child component (for window tests of other packages). */
public final class DetailsCandidatesTestAccess {

  private DetailsCandidatesTestAccess() {}

  /** The first descendant of {@code c} with this name, or {@code null}. */
  public static Component find(Container c, String name) {
    return DetailsCandidatesTest.find(c, name);
  }
}
