package io.github.borderatlas.viewer;

import java.awt.Component;
import java.awt.Container;

/** Test helper: finds a named component below a container (depth first). */
public final class ComponentFinder {

  private ComponentFinder() {}

  /** The first descendant of {@code c} with this name, or {@code null}. */
  public static Component find(Container c, String name) {
    for (Component child : c.getComponents()) {
      if (name.equals(child.getName())) {
        return child;
      }
      if (child instanceof Container cc) {
        Component found = find(cc, name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** As {@link #find(Container, String)}, cast to {@code type}. */
  public static <T> T find(Container c, String name, Class<T> type) {
    return type.cast(find(c, name));
  }
}
