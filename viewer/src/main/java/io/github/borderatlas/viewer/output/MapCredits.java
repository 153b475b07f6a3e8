package io.github.borderatlas.viewer.output;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The credits a printed map owes its data, read from the provenance of the atlas' map features
 * (border, countries, rivers, lakes, places, sectors; not the timeline): one attribution line
 * naming each licence's required notice ("© OpenStreetMap contributors (ODbL 1.0)", "GSHHG, Wessel
 * &amp; Smith (LGPL-3.0-or-later)", …) and a short list of the sources, each as its bibliography
 * record's short citation (title, publisher, date, full address; {@link Source#shortCitation()}),
 * or, for a citation the bibliography does not resolve, the citation cut at its first colon or
 * semicolon. Immutable.
 *
 * @param attribution the licence notices, joined with "; "
 * @param sources distinct short sources, in layer order
 */
public record MapCredits(String attribution, List<String> sources) {

  /** Longest source line kept, characters. */
  static final int MAX_SOURCE_CHARS = 110;

  /** Most source lines kept. */
  static final int MAX_SOURCES = 4;

  /** The line for facts compiled from cited sources (CC0), which have many sources each. */
  static final String COMPILED_FACTS =
      "Places, sectors and treaties: facts compiled from public sources cited per feature";

  public MapCredits {
    sources = List.copyOf(sources);
  }

  /** The credits of an atlas' map features. */
  public static MapCredits of(Atlas atlas) {
    Set<String> notices = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    boolean compiled = false;
    for (Layer layer :
        List.of(
            Layer.BORDER,
            Layer.COUNTRY,
            Layer.RIVER,
            Layer.LAKE,
            Layer.PLACE,
            Layer.DISPUTED_SECTOR)) {
      for (AtlasFeature f : atlas.features(layer)) {
        String licence = f.provenance().license();
        String lower = licence.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cc0")) {
          compiled = true;
          notices.add("facts compilation CC0 1.0");
          continue;
        }
        notices.add(notice(f.provenance().source(), licence));
        List<Source> cited = atlas.bibliography().cite(f.provenance().source()).sources();
        if (cited.isEmpty()) {
          sources.add(shortSource(f.provenance().source()));
        }
        cited.forEach(c -> sources.add(c.shortCitation()));
      }
    }
    List<String> list = new ArrayList<>();
    for (String s : sources) {
      // "X (detail)" after "X" adds nothing to a short list
      if (list.stream().noneMatch(s::startsWith)) {
        list.removeIf(kept -> kept.startsWith(s));
        list.add(s);
      }
    }
    if (list.size() > MAX_SOURCES) {
      list = new ArrayList<>(list.subList(0, MAX_SOURCES));
    }
    if (compiled) {
      list.add(COMPILED_FACTS);
    }
    return new MapCredits(String.join("; ", notices), list);
  }

  /** The notice a licence requires, with the licence named. */
  static String notice(String source, String licence) {
    String lower = licence.toLowerCase(Locale.ROOT);
    if (lower.startsWith("odbl")) {
      return "© OpenStreetMap contributors (ODbL 1.0)";
    }
    if (source.startsWith("GSHHG")) {
      return "GSHHG, Wessel & Smith (" + licence + ")";
    }
    return shortSource(source) + " (" + licence + ")";
  }

  /** A source cut at its first colon or semicolon, and to {@link #MAX_SOURCE_CHARS}. */
  static String shortSource(String source) {
    String s = source;
    for (char c : new char[] {';', ':'}) {
      int i = s.indexOf(c);
      if (i > 0) {
        s = s.substring(0, i);
      }
    }
    s = s.strip();
    return s.length() <= MAX_SOURCE_CHARS ? s : s.substring(0, MAX_SOURCE_CHARS - 1) + "…";
  }
}
