package io.github.borderatlas.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;

/**
 * Everything BorderAtlas knows: the border and its segments, rivers, lakes, places, disputed
 * sectors, the timeline, context countries and the published figures. Immutable and thread-safe.
 *
 * <p>Features are kept in a stable order (countries, border, its segments, lakes, rivers, sectors,
 * places, timeline entries; insertion order within each), so that the same atlas always exports to
 * the same bytes. Ids are unique across all layers.
 *
 * <pre>{@code
 * Atlas at1995 = atlas.asOf(LocalDate.of(1995, 1, 1));
 * River ili = atlas.find("river.ili", River.class).orElseThrow();
 * }</pre>
 */
public final class Atlas {

  /** The kinds of timeline entry that can be in force: treaties, protocols and agreements. */
  public static final Set<EntryKind> INSTRUMENTS =
      Collections.unmodifiableSet(
          EnumSet.of(
              EntryKind.TREATY,
              EntryKind.PROTOCOL,
              EntryKind.AGREEMENT,
              EntryKind.WATER_AGREEMENT));

  private final Border border;
  private final List<River> rivers;
  private final List<Lake> lakes;
  private final List<Place> places;
  private final List<DisputedSector> sectors;
  private final List<TimelineEntry> timeline;
  private final List<Country> countries;
  private final Figures figures;
  private final Bibliography bibliography;
  private final List<DatedName> datedNames;
  private final Map<String, AtlasFeature> byId;

  private Atlas(Builder b) {
    this.border = b.border;
    this.rivers = List.copyOf(b.rivers);
    this.lakes = List.copyOf(b.lakes);
    this.places = List.copyOf(b.places);
    this.sectors = List.copyOf(b.sectors);
    List<TimelineEntry> sorted = new ArrayList<>(b.timeline);
    sorted.sort(Comparator.comparing(TimelineEntry::date));
    this.timeline = List.copyOf(sorted);
    this.countries = List.copyOf(b.countries);
    this.figures = Figures.of(b.figures);
    this.bibliography = b.bibliography;
    this.datedNames = List.copyOf(b.datedNames);
    Map<String, AtlasFeature> ids = new LinkedHashMap<>();
    for (AtlasFeature f : features()) {
      AtlasFeature previous = ids.put(f.id(), f);
      if (previous != null) {
        throw new IllegalArgumentException(
            "duplicate id \""
                + f.id()
                + "\" in layers "
                + previous.layer().id()
                + " and "
                + f.layer().id());
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
  }

  /**
   * A builder for a new atlas.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this atlas' content, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder().border(border);
    b.rivers.addAll(rivers);
    b.lakes.addAll(lakes);
    b.places.addAll(places);
    b.sectors.addAll(sectors);
    b.timeline.addAll(timeline);
    b.countries.addAll(countries);
    b.figures.addAll(figures.all());
    b.bibliography = bibliography;
    b.datedNames.addAll(datedNames);
    return b;
  }

  /**
   * The boundary line with its segments.
   *
   * @return the border; empty when the atlas has none (e.g. as of a date outside its validity)
   */
  public Optional<Border> border() {
    return Optional.ofNullable(border);
  }

  /**
   * The rivers, in insertion order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<River> rivers() {
    return rivers;
  }

  /**
   * The lakes and reservoirs, in insertion order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Lake> lakes() {
    return lakes;
  }

  /**
   * The named places, in insertion order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Place> places() {
    return places;
  }

  /**
   * The disputed sectors, in insertion order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<DisputedSector> disputedSectors() {
    return sectors;
  }

  /** Timeline entries ordered by date. */
  public List<TimelineEntry> timeline() {
    return timeline;
  }

  /**
   * The context country outlines, in insertion order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Country> countries() {
    return countries;
  }

  /** Figures that belong to no single feature (border lengths, disputed area totals). */
  public Figures figures() {
    return figures;
  }

  /**
   * The sources the features and figures cite, resolved from their free-text {@code source} by
   * {@link Bibliography#cite(String)}.
   *
   * @return the bibliography; {@link Bibliography#empty()} when the atlas was built without one
   */
  public Bibliography bibliography() {
    return bibliography;
  }

  /**
   * Every feature in stable order: countries, border, its segments, lakes, rivers, sectors, places,
   * timeline entries.
   */
  public List<AtlasFeature> features() {
    List<AtlasFeature> all = new ArrayList<>();
    all.addAll(countries);
    if (border != null) {
      all.add(border);
      all.addAll(border.segments());
    }
    all.addAll(lakes);
    all.addAll(rivers);
    all.addAll(sectors);
    all.addAll(places);
    all.addAll(timeline);
    return all;
  }

  /** The features of one layer, in stable order. */
  public List<AtlasFeature> features(Layer layer) {
    return features().stream().filter(f -> f.layer() == layer).toList();
  }

  /** The feature with this id, in any layer. */
  public Optional<AtlasFeature> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The feature with this id if it is of the given type. */
  public <T extends AtlasFeature> Optional<T> find(String id, Class<T> type) {
    return find(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * The atlas as of a date: the features that {@linkplain #existsOn exist} on it (border segments
   * too). The map, the exports at a date and the command line all go through this method or {@link
   * #existsOn}, so that one rule decides what is shown at a date.
   */
  public Atlas asOf(LocalDate date) {
    Predicate<AtlasFeature> valid = f -> existsOn(f, date);
    Builder b = new Builder();
    if (border != null && valid.test(border)) {
      b.border(
          new Border(
              border.id(),
              border.name(),
              border.line(),
              border.segments().stream().filter(valid).toList(),
              border.provenance(),
              border.validity()));
    }
    rivers.stream().filter(valid).forEach(b::river);
    lakes.stream().filter(valid).forEach(b::lake);
    places.stream().filter(valid).map(p -> p.withNames(namesOn(p, date))).forEach(b::place);
    sectors.stream().filter(valid).forEach(b::disputedSector);
    timeline.stream().filter(valid).forEach(b::timelineEntry);
    countries.stream().filter(valid).map(c -> c.withNames(namesOn(c, date))).forEach(b::country);
    b.figures.addAll(figures.all());
    b.bibliography = bibliography;
    b.datedNames.addAll(datedNames);
    return b.build();
  }

  /**
   * The names of places and country outlines through time (states on each side, former town names),
   * in insertion order; see {@link #namesOn}.
   */
  public List<DatedName> datedNames() {
    return datedNames;
  }

  /** The dated names of one feature, in insertion order; empty when it has none. */
  public List<DatedName> datedNames(String featureId) {
    return datedNames.stream().filter(n -> n.featureId().equals(featureId)).toList();
  }

  /**
   * The names a feature bore on a day: the first of its {@linkplain #datedNames(String) dated
   * names} whose period holds then, else its own (current) names. {@link #asOf} gives places and
   * country outlines these names, so the map, identify and the export at a date agree.
   *
   * @param f a feature of this atlas (or of any atlas: only its id is looked up)
   * @param date the day
   */
  public Names namesOn(AtlasFeature f, LocalDate date) {
    for (DatedName n : datedNames) {
      if (n.featureId().equals(f.id()) && n.validity().isValidOn(date)) {
        return n.names();
      }
    }
    return Atlas.namesOf(f);
  }

  /**
   * The features with this name in any of the four languages (English, Kazakh, Chinese, Russian),
   * compared after trimming and ignoring case, in stable order. Timeline entries match by title,
   * border segments by name.
   *
   * @param name e.g. {@code "Ili"}, {@code "Іле"}, {@code "伊犁河"} or {@code "Или"}
   */
  public List<AtlasFeature> findByName(String name) {
    String wanted = name.strip();
    return features().stream()
        .filter(f -> allNamesOf(f).stream().anyMatch(wanted::equalsIgnoreCase))
        .toList();
  }

  /** The feature of this type with this name in any language, if exactly one has it. */
  public <T extends AtlasFeature> Optional<T> findByName(String name, Class<T> type) {
    List<T> found = findByName(name).stream().filter(type::isInstance).map(type::cast).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * A feature's own (current) names: those of a river, lake, place, sector or country; the English
   * {@link AtlasFeature#name()} alone for the others.
   */
  public static Names namesOf(AtlasFeature f) {
    return f instanceof River r
        ? r.names()
        : f instanceof Lake l
            ? l.names()
            : f instanceof Place p
                ? p.names()
                : f instanceof DisputedSector d
                    ? d.names()
                    : f instanceof Country c ? c.names() : Names.english(f.name());
  }

  private static List<String> allNamesOf(AtlasFeature f) {
    Names n = namesOf(f);
    List<String> all = new ArrayList<>(List.of(f.name().strip(), n.english().strip()));
    n.kazakh().ifPresent(all::add);
    n.chinese().ifPresent(all::add);
    n.russian().ifPresent(all::add);
    return all;
  }

  /**
   * The features whose geometry's envelope intersects a lon/lat box (degrees, CRS:84), in stable
   * order; features without geometry are left out. A linear scan: fine for the bundled atlas' few
   * hundred features.
   *
   * @param box the query box, x = longitude, y = latitude
   */
  public List<AtlasFeature> featuresIntersecting(Envelope box) {
    return features().stream()
        .filter(f -> f.geometry() != null && f.geometry().getEnvelopeInternal().intersects(box))
        .toList();
  }

  /**
   * What changed from {@code before} to {@code after}, e.g. {@code Atlas.diff(atlas.asOf(d1),
   * atlas.asOf(d2))}; see {@link AtlasDiff#between}.
   */
  public static AtlasDiff diff(Atlas before, Atlas after) {
    return AtlasDiff.between(before, after);
  }

  /**
   * The rule for "is this feature on the map at this date": a timeline entry once its date has come
   * (the first day of its month or year when less precise); any other feature while its {@link
   * Validity} holds: from its start (opening, construction, founding, dispute) to its end (closing,
   * settlement). A feature whose start is {@linkplain Validity#isStartKnown() unknown} counts as
   * existing up to its end; a map marks it as "date not known".
   *
   * @param f any feature
   * @param date the day asked about
   */
  public static boolean existsOn(AtlasFeature f, LocalDate date) {
    if (f instanceof TimelineEntry e) {
      return !e.date().date().isAfter(date);
    }
    return f.validity().isValidOn(date);
  }

  /**
   * The agreements in force on a date, by date: timeline entries signed on or before it whose
   * period in force holds on it and is either dated or known with an {@linkplain
   * Validity#isStartKnown() unknown start} ("in force, date not sourced"). Entries with {@link
   * Validity#ALWAYS} are plain events, never in force; only treaties, protocols and agreements
   * ({@link #INSTRUMENTS}) are considered (a dated event such as an occupation is not in force).
   */
  public List<TimelineEntry> inForceOn(LocalDate date) {
    return timeline.stream()
        .filter(e -> INSTRUMENTS.contains(e.kind()))
        .filter(
            e ->
                (e.validity().from().isPresent() || !e.validity().isStartKnown())
                    && !e.date().date().isAfter(date)
                    && e.validity().isValidOn(date))
        .toList();
  }

  /** Collects the content of an {@link Atlas}; not thread-safe. */
  public static final class Builder {
    private Border border;
    private final List<River> rivers = new ArrayList<>();
    private final List<Lake> lakes = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<DisputedSector> sectors = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private Bibliography bibliography = Bibliography.empty();
    private final List<DatedName> datedNames = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a dated name of a place or country outline (see {@link Atlas#namesOn}).
     *
     * @param name the dated name; not {@code null} (else {@link #build()} throws
     *     NullPointerException)
     * @return this builder
     */
    public Builder datedName(DatedName name) {
      datedNames.add(name);
      return this;
    }

    /**
     * Sets the border, replacing any earlier one.
     *
     * @param border the border with its segments; {@code null} for none
     * @return this builder
     */
    public Builder border(Border border) {
      this.border = border;
      return this;
    }

    /**
     * Adds a river.
     *
     * @param river the river; not {@code null} (else {@link #build()} throws NullPointerException)
     * @return this builder
     */
    public Builder river(River river) {
      rivers.add(river);
      return this;
    }

    /**
     * Adds a lake or reservoir.
     *
     * @param lake the lake; not {@code null} (else {@link #build()} throws NullPointerException)
     * @return this builder
     */
    public Builder lake(Lake lake) {
      lakes.add(lake);
      return this;
    }

    /**
     * Adds a named place.
     *
     * @param place the place; not {@code null} (else {@link #build()} throws NullPointerException)
     * @return this builder
     */
    public Builder place(Place place) {
      places.add(place);
      return this;
    }

    /**
     * Adds a disputed sector.
     *
     * @param sector the sector; not {@code null} (else {@link #build()} throws
     *     NullPointerException)
     * @return this builder
     */
    public Builder disputedSector(DisputedSector sector) {
      sectors.add(sector);
      return this;
    }

    /**
     * Adds a timeline entry; the atlas orders the timeline by date.
     *
     * @param entry the entry; not {@code null} (else {@link #build()} throws NullPointerException)
     * @return this builder
     */
    public Builder timelineEntry(TimelineEntry entry) {
      timeline.add(entry);
      return this;
    }

    /**
     * Adds a context country outline.
     *
     * @param country the country; not {@code null} (else {@link #build()} throws
     *     NullPointerException)
     * @return this builder
     */
    public Builder country(Country country) {
      countries.add(country);
      return this;
    }

    /**
     * Sets the sources that the features and figures cite (see {@link Atlas#bibliography()}).
     *
     * @param bibliography the bibliography
     * @return this builder
     */
    public Builder bibliography(Bibliography bibliography) {
      this.bibliography = Objects.requireNonNull(bibliography, "bibliography");
      return this;
    }

    /**
     * Adds a figure that belongs to no single feature (see {@link Atlas#figures()}).
     *
     * @param figure the figure; not {@code null} (else {@link #build()} throws
     *     NullPointerException)
     * @return this builder
     */
    public Builder figure(Figure figure) {
      figures.add(figure);
      return this;
    }

    /**
     * The atlas.
     *
     * @throws IllegalArgumentException when two features share an id
     */
    public Atlas build() {
      return new Atlas(this);
    }
  }
}
