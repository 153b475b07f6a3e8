package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Confidence;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The land disputed between China and Kazakhstan at independence and how it was shared out, in km²
 * per side, one row per published source, side by side. The sources disagree (a total of 2,420 km²
 * split 22 % / 78 %, 944 km² split 43 % / 56.9 %, 1,969 km² in 12 areas); this class shows each as
 * published and derives only what follows from the source's own numbers.
 *
 * <p><b>Figure keys</b> (atlas-wide {@link Atlas#figures()}; areas in {@link Unit#SQUARE_KILOMETRE}
 * or {@link Unit#HECTARE}, shares in {@link Unit#PERCENT}):
 *
 * <ul>
 *   <li>{@value #TOTAL} [km²]: the total disputed area the source gives;
 *   <li>{@value #SHARE_CHINA}, {@value #SHARE_KAZAKHSTAN} [%]: the share of that area each side
 *       received in the settlement;
 *   <li>{@value #AREA_CHINA}, {@value #AREA_KAZAKHSTAN} [km²]: the area each side received, when
 *       the source gives km² rather than shares;
 *   <li>{@value #COUNT} [count]: the number of disputed areas the source counts;
 *   <li>{@value #CHANGED} [km²]: an area by which the source says the line was moved;
 *   <li>{@value #HELD_CHINA}, {@value #HELD_KAZAKHSTAN}, {@value #HELD_NONE} [km²]: the disputed
 *       area held by China, by the Soviet/Kazakh side, and by neither, before the settlement;
 *   <li>{@value #SINO_SOVIET} [km²]: the disputed area along the whole former Sino-Soviet border
 *       that a source gives for context (not part of any share);
 *   <li>{@value #CLAIMED_CENTRAL_ASIA} [km²]: the territory China claimed in Central Asia as a
 *       whole, for context (a lower bound where the source says "more than"; not part of any
 *       share).
 * </ul>
 *
 * <p><b>Grouping.</b> Figures belong to one row when their {@link Figure#source()} strings are
 * identical; rows keep the order in which their sources first appear. A side's km² is the published
 * area, else total × share / 100; its percentage is the published share, else area / total × 100.
 * Nothing is derived across sources.
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public final class DisputeShares {

  /** Total disputed area, km². */
  public static final String TOTAL = "dispute.area.total";

  /** Share of the disputed area that went to China, %. */
  public static final String SHARE_CHINA = "dispute.share.china";

  /** Share of the disputed area that went to Kazakhstan, %. */
  public static final String SHARE_KAZAKHSTAN = "dispute.share.kazakhstan";

  /** Disputed area that went to China, km². */
  public static final String AREA_CHINA = "dispute.area.china";

  /** Disputed area that went to Kazakhstan, km². */
  public static final String AREA_KAZAKHSTAN = "dispute.area.kazakhstan";

  /** Number of disputed areas. */
  public static final String COUNT = "dispute.count";

  /** Area by which the line was moved, km². */
  public static final String CHANGED = "dispute.area.changed";

  /** Disputed area held by China before the settlement, km². */
  public static final String HELD_CHINA = "dispute.held.china";

  /** Disputed area held by the Soviet/Kazakh side before the settlement, km². */
  public static final String HELD_KAZAKHSTAN = "dispute.held.kazakhstan";

  /** Disputed area held by neither side before the settlement, km². */
  public static final String HELD_NONE = "dispute.held.none";

  /** Disputed area along the whole former Sino-Soviet border, for context, km². */
  public static final String SINO_SOVIET = "dispute.area.sino-soviet";

  /** Territory China claimed in Central Asia as a whole, for context, km². */
  public static final String CLAIMED_CENTRAL_ASIA = "dispute.area.claimed-central-asia";

  /** Every key this class reads, in display order. */
  public static final List<String> KEYS =
      List.of(
          TOTAL,
          SHARE_CHINA,
          SHARE_KAZAKHSTAN,
          AREA_CHINA,
          AREA_KAZAKHSTAN,
          COUNT,
          CHANGED,
          HELD_CHINA,
          HELD_KAZAKHSTAN,
          HELD_NONE,
          SINO_SOVIET,
          CLAIMED_CENTRAL_ASIA);

  /**
   * One side's part: km² and percentage, each published or derived; either may be unknown.
   *
   * @param km2 the area in km², if known
   * @param percent the share in %, if known
   * @param km2Published true when the km² figure is published, false when derived
   * @param percentPublished true when the percentage is published, false when derived
   */
  public record Share(
      OptionalDouble km2, OptionalDouble percent, boolean km2Published, boolean percentPublished) {}

  /**
   * The figures of one source and what follows from them.
   *
   * @param source the citation shared by the figures
   * @param figures the source's dispute figures in atlas order
   */
  public record Row(String source, List<Figure> figures) {

    /**
     * Copies the figure list.
     *
     * @param source the citation shared by the figures
     * @param figures the source's dispute figures in atlas order
     * @throws NullPointerException if {@code figures} is {@code null} or holds {@code null}
     */
    public Row {
      figures = List.copyOf(figures);
    }

    /** The source's first figure for a quantity. */
    public Optional<Figure> figure(String quantity) {
      return figures.stream().filter(f -> f.quantity().equals(quantity)).findFirst();
    }

    /** How far the source is trusted: the weakest confidence among its figures. */
    public Confidence confidence() {
      Confidence weakest = Confidence.FIRM;
      for (Figure f : figures) {
        if (rank(f.confidence()) > rank(weakest)) {
          weakest = f.confidence();
        }
      }
      return weakest;
    }

    /** The total disputed area, km². */
    public OptionalDouble totalKm2() {
      return area(TOTAL);
    }

    /** China's part. */
    public Share china() {
      return share(AREA_CHINA, SHARE_CHINA);
    }

    /** Kazakhstan's part. */
    public Share kazakhstan() {
      return share(AREA_KAZAKHSTAN, SHARE_KAZAKHSTAN);
    }

    /** The two published or derived percentages added up, when both are known. */
    public OptionalDouble shareSumPercent() {
      OptionalDouble c = china().percent();
      OptionalDouble k = kazakhstan().percent();
      return c.isPresent() && k.isPresent()
          ? OptionalDouble.of(c.getAsDouble() + k.getAsDouble())
          : OptionalDouble.empty();
    }

    /** An area figure in km² (hectares converted). */
    public OptionalDouble area(String quantity) {
      return figure(quantity)
          .filter(f -> f.unit() == Unit.SQUARE_KILOMETRE || f.unit() == Unit.HECTARE)
          .map(f -> OptionalDouble.of(f.unit() == Unit.HECTARE ? f.value() / 100 : f.value()))
          .orElse(OptionalDouble.empty());
    }

    private OptionalDouble percent(String quantity) {
      return figure(quantity)
          .filter(f -> f.unit() == Unit.PERCENT)
          .map(f -> OptionalDouble.of(f.value()))
          .orElse(OptionalDouble.empty());
    }

    private Share share(String areaKey, String shareKey) {
      OptionalDouble total = totalKm2();
      OptionalDouble area = area(areaKey);
      OptionalDouble pct = percent(shareKey);
      OptionalDouble km2 = area;
      if (km2.isEmpty() && pct.isPresent() && total.isPresent()) {
        km2 = OptionalDouble.of(total.getAsDouble() * pct.getAsDouble() / 100);
      }
      OptionalDouble percent = pct;
      if (percent.isEmpty() && area.isPresent() && total.isPresent() && total.getAsDouble() != 0) {
        percent = OptionalDouble.of(area.getAsDouble() / total.getAsDouble() * 100);
      }
      return new Share(km2, percent, area.isPresent(), pct.isPresent());
    }

    private static int rank(Confidence c) {
      return switch (c) {
        case FIRM, MEASURED -> 0;
        case SINGLE -> 1;
        case WEAK -> 2;
      };
    }
  }

  private final List<Row> rows;

  private DisputeShares(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The dispute shares from an atlas' atlas-wide figures. */
  public static DisputeShares of(Atlas atlas) {
    return of(Objects.requireNonNull(atlas, "atlas").figures());
  }

  /** The dispute shares from a collection of figures; other quantities are ignored. */
  public static DisputeShares of(Figures figures) {
    Map<String, List<Figure>> bySource = new LinkedHashMap<>();
    for (Figure f : figures.all()) {
      if (KEYS.contains(f.quantity())) {
        bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Row> rows = new ArrayList<>();
    bySource.forEach((source, list) -> rows.add(new Row(source, list)));
    return new DisputeShares(rows);
  }

  /** One row per source, in the order the sources first appear. */
  public List<Row> rows() {
    return rows;
  }

  /** True when no dispute figure is present. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
