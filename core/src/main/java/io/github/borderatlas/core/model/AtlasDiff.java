package io.github.borderatlas.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two atlases, typically the same atlas at two dates ({@code
 * Atlas.diff(atlas.asOf(d1), atlas.asOf(d2))}): the features only in the second (added), only in
 * the first (removed), and those in both whose values differ (changed), each list in the stable
 * feature order of its atlas. Features are matched by id. Immutable and thread-safe.
 *
 * @param added features of the second atlas whose id the first does not have
 * @param removed features of the first atlas whose id the second does not have
 * @param changed features of the second atlas whose id the first has with different values
 */
public record AtlasDiff(
    List<AtlasFeature> added, List<AtlasFeature> removed, List<AtlasFeature> changed) {

  /** Copies the lists. */
  public AtlasDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * The difference from {@code before} to {@code after}. Two features with the same id are
   * "changed" when their records are not equal; geometries compare by vertex values ({@code
   * equalsExact}), so a feature whose geometry was read again is not reported.
   */
  public static AtlasDiff between(Atlas before, Atlas after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<AtlasFeature> added = new ArrayList<>();
    List<AtlasFeature> changed = new ArrayList<>();
    for (AtlasFeature f : after.features()) {
      AtlasFeature old = before.find(f.id()).orElse(null);
      if (old == null) {
        added.add(f);
      } else if (!old.equals(f)) {
        changed.add(f);
      }
    }
    List<AtlasFeature> removed =
        before.features().stream().filter(f -> after.find(f.id()).isEmpty()).toList();
    return new AtlasDiff(added, removed, changed);
  }

  /** True when nothing was added, removed or changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
