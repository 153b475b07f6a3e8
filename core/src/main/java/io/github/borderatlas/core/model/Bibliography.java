package io.github.borderatlas.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources an atlas cites, by id, and the resolution of free-text citations (the {@code source}
 * of a {@link Provenance} or {@link Figure}) to them. Immutable and thread-safe.
 *
 * <p>A free-text citation refers to sources by their ids as the reference notes write them ({@code
 * "facts.md S13 zh.wikisource.org/…"}, {@code "S45b"}, {@code "T29"}) or by a record's alias (a
 * dataset's name, a full address). {@link #cite(String)} finds both, tolerating any surrounding
 * text, so citations written before the bibliography existed keep working.
 *
 * <pre>{@code
 * Citation c = atlas.bibliography().cite(feature.provenance().source());
 * c.sources().forEach(s -> System.out.println(s.shortCitation()));
 * }</pre>
 */
public final class Bibliography {

  /** An id as the reference notes write it: S or T, a number, an optional letter. */
  private static final Pattern ID_TOKEN =
      Pattern.compile("(?<![\\p{L}\\p{N}])([ST]\\d{1,3}[a-z]?)(?![\\p{L}\\p{N}])");

  private static final Bibliography EMPTY = new Bibliography(List.of());

  private final Map<String, Source> byId;

  private Bibliography(List<Source> records) {
    Map<String, Source> m = new LinkedHashMap<>();
    for (Source s : records) {
      if (m.put(s.id(), s) != null) {
        throw new IllegalArgumentException("duplicate source id \"" + s.id() + "\"");
      }
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  /**
   * A bibliography of these records, in this order.
   *
   * @throws IllegalArgumentException if two records share an id
   */
  public static Bibliography of(List<Source> records) {
    return records.isEmpty() ? EMPTY : new Bibliography(List.copyOf(records));
  }

  /** The bibliography without records (an atlas read from files without one). */
  public static Bibliography empty() {
    return EMPTY;
  }

  /** The records, in file order. */
  public List<Source> records() {
    return List.copyOf(byId.values());
  }

  /** The record with this id. */
  public Optional<Source> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether there are no records. */
  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /**
   * Resolves a free-text citation: the records it names, in the order they first appear, and the
   * id-like tokens that name no record.
   *
   * @param citation a free-text {@code source}, e.g. {@code "facts.md S1 en.wikipedia.org/…; S3 …"}
   */
  public Citation cite(String citation) {
    TreeMap<Integer, String> hits = new TreeMap<>();
    Set<String> unknown = new LinkedHashSet<>();
    Matcher m = ID_TOKEN.matcher(citation);
    while (m.find()) {
      if (byId.containsKey(m.group(1))) {
        hits.putIfAbsent(m.start(), m.group(1));
      } else {
        unknown.add(m.group(1));
      }
    }
    for (Source s : byId.values()) {
      for (String alias : s.aliases()) {
        int at = citation.indexOf(alias);
        if (at >= 0) {
          hits.putIfAbsent(at, s.id());
        }
      }
    }
    Set<String> ids = new LinkedHashSet<>(hits.values());
    List<Source> sources = new ArrayList<>();
    for (String id : ids) {
      sources.add(byId.get(id));
    }
    return new Citation(citation, sources, List.copyOf(unknown));
  }

  /**
   * A free-text citation resolved against a bibliography.
   *
   * @param text the citation as written
   * @param sources the records it names, in order of first appearance; empty when none
   * @param unknownIds id-like tokens ({@code S…}, {@code T…}) that name no record
   */
  public record Citation(String text, List<Source> sources, List<String> unknownIds) {

    /** Copies the lists. */
    public Citation {
      sources = List.copyOf(sources);
      unknownIds = List.copyOf(unknownIds);
    }

    /** The ids of {@link #sources()}. */
    public List<String> ids() {
      return sources.stream().map(Source::id).toList();
    }

    /** True when the citation names at least one record and no unknown id. */
    public boolean isResolved() {
      return !sources.isEmpty() && unknownIds.isEmpty();
    }
  }
}
