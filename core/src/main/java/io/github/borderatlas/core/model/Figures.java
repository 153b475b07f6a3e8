package io.github.borderatlas.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ordered, immutable collection of {@link Figure}s grouped by quantity; conflicting values of
 * the same quantity stay side by side in the order they were given. Thread-safe.
 */
public final class Figures {

  private static final Figures EMPTY = new Figures(List.of());

  private final List<Figure> all;
  private final Map<String, List<Figure>> byQuantity;

  private Figures(List<Figure> figures) {
    this.all = List.copyOf(figures);
    Map<String, List<Figure>> map = new LinkedHashMap<>();
    for (Figure f : all) {
      map.computeIfAbsent(f.quantity(), k -> new ArrayList<>()).add(f);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byQuantity = Collections.unmodifiableMap(map);
  }

  /** A collection holding the given figures, in order. */
  public static Figures of(List<Figure> figures) {
    return figures.isEmpty() ? EMPTY : new Figures(figures);
  }

  /** The empty collection. */
  public static Figures empty() {
    return EMPTY;
  }

  /** Every figure, in the order given. */
  public List<Figure> all() {
    return all;
  }

  /** The figures for one quantity (possibly conflicting), or an empty list. */
  public List<Figure> of(String quantity) {
    return byQuantity.getOrDefault(quantity, List.of());
  }

  /** The first (preferred) figure for a quantity. */
  public Optional<Figure> first(String quantity) {
    List<Figure> list = of(quantity);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** The quantities present, in first-seen order. */
  public List<String> quantities() {
    return List.copyOf(byQuantity.keySet());
  }

  /**
   * Whether the collection holds no figure.
   *
   * @return {@code true} for {@link #empty()} and any collection made from an empty list
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Figures other && all.equals(other.all);
  }

  @Override
  public int hashCode() {
    return all.hashCode();
  }

  @Override
  public String toString() {
    return "Figures" + all;
  }
}
