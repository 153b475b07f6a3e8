package io.github.borderatlas.pipeline.border;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * The boundary rivers that sources name, as used by the pipeline (treaty-line.md §1–§2;
 * data-sources.md "The river/lake part of the border"). Only stretches whose two ends can be placed
 * on the line are anchored; the Tekes has no sourced ends and is found by its proximity to WDBII's
 * Tekes, so only its source text is given here. Constants; thread-safe.
 */
public final class BoundaryRivers {

  private BoundaryRivers() {}

  /** Ili mouth of the Khorgos, 43°49′25″N 80°31′19″E (T25/T26, no datum stated: WGS84). */
  public static final Coordinate KHORGOS_MOUTH =
      new Coordinate(80 + 31 / 60.0 + 19 / 3600.0, 43 + 49 / 60.0 + 25 / 3600.0);

  /**
   * Upper end of the Khorgos stretch: where the line, coming south-east off the Beshintau ridge,
   * turns south into the Khorgos valley at about 44.6° N (data-sources.md; the river reaches the
   * border ~20 km below Lake Kazankol, 44°42′N 80°19′E, T25).
   */
  public static final Coordinate KHORGOS_UPPER = new Coordinate(80.406, 44.615);

  /**
   * Upper end of the Alkabek stretch, taken as treaty point 8 (T16): the western end of the line's
   * straight run along 48.43° N (30 km with a 2-km-window sinuosity of 1.00, i.e. a land line),
   * where the line turns south-west down the Alkabek valley.
   */
  public static final Coordinate ALKABEK_UPPER = new Coordinate(85.90, 48.43);

  /** Source text per boundary river, keyed by English name. */
  public static final Map<String, String> SOURCES =
      Map.of(
          "Khorgos",
          "boundary river since the 1881 Treaty of St Petersburg (Art. VII, facts.md S26) and "
              + "today (de-wiki T25, ru-wiki T26: 'the remaining 160 km to its mouth along the "
              + "border'); lower end at its Ili mouth 43°49′25″N 80°31′19″E (T25), upper end where"
              + " the line turns into the Khorgos valley at 44.6° N",
          "Alkabek",
          "zh-wiki T16, citing the 1994 Agreement: the Alkabek becomes the boundary river at "
              + "point 8 and stays so to its mouth in the Black Irtysh (boundary stretch about 66 "
              + "km); lower end at the line's crossing of WDBII's Black Irtysh, upper end at the "
              + "end of the straight land line along 48.43° N, taken as point 8",
          "Tekes",
          "ru-wiki T29: about 60 km of the Tekes run along the Kazakhstan–China border (ends not "
              + "given); placed by measure");

  /** The anchored stretches, given the border's crossing of the Black Irtysh (lon/lat). */
  public static List<RiverStretch> anchored(Coordinate blackIrtyshCrossing) {
    return List.of(
        new RiverStretch(
            "Alkabek", null, ALKABEK_UPPER, blackIrtyshCrossing, SOURCES.get("Alkabek")),
        new RiverStretch(
            "Khorgos", "river.khorgos", KHORGOS_UPPER, KHORGOS_MOUTH, SOURCES.get("Khorgos")));
  }
}
