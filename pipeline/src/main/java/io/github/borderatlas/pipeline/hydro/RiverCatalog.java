package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Names;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The rivers of the atlas: ids, names (English, Kazakh, Chinese, Russian), the points used to pick
 * their WDBII lines (data-sources.md, "Rivers and lakes from GSHHG"), outflows and the published
 * figures of facts.md §4 with their sources (data files read by {@code PublishedFigures}). The
 * Khorgos is not here: no dataset has its line, so the pipeline derives it from the border (see
 * {@code BorderBuilder#khorgos}).
 *
 * <p>Figure quantities: {@code river.length}, {@code river.length.china}, {@code
 * river.length.kazakhstan}, {@code river.length.russia}, {@code river.length.boundary}, {@code
 * river.basin.area}, {@code river.discharge.mean}, {@code river.discharge.border}, {@code
 * river.flow.annual}, {@code river.flow.from-china}, {@code river.flow.received-h1-2025}, {@code
 * river.withdrawal.china}, {@code river.withdrawal.china.forecast}, {@code
 * river.use-share.china.planned}, {@code river.consumption.basin}, plus the measured {@code
 * river.length.measured}.
 */
public final class RiverCatalog {

  private RiverCatalog() {}

  /** The source of the Irtysh, 47°52′39″ N 89°58′12″ E (facts.md S56). */
  public static final Coordinate IRTYSH_SOURCE =
      new Coordinate(89 + 58 / 60.0 + 12 / 3600.0, 47 + 52 / 60.0 + 39 / 3600.0);

  private static Coordinate p(double lon, double lat) {
    return new Coordinate(lon, lat);
  }

  /** The Ili from its Künes headwater through Yining to the Kapchagay reservoir. */
  public static RiverSpec ili() {
    return new RiverSpec(
        "river.ili",
        Names.of("Ili", "Іле", "伊犁河", "Или"),
        List.of(p(81.3, 43.9), p(80.53, 43.81), p(78.3, 43.87)),
        null,
        null,
        "lake.kapchagay",
        true,
        PublishedFigures.of("river.ili"));
  }

  /** The lower Ili from the Kapchagay dam to Lake Balkhash. */
  public static RiverSpec iliLower() {
    return new RiverSpec(
        "river.ili-lower",
        Names.of("Ili (Kapchagay to Balkhash)", "Іле", "伊犁河", "Или"),
        List.of(p(77.0, 44.0), p(76.27, 44.8)),
        null,
        null,
        "lake.balkhash",
        false,
        List.of());
  }

  /** The Black Irtysh from China to Lake Zaysan. */
  public static RiverSpec blackIrtysh() {
    return new RiverSpec(
        "river.black-irtysh",
        Names.of("Black Irtysh", "Қара Ертіс", "额尔齐斯河", "Чёрный Иртыш"),
        List.of(p(86.9, 47.7), p(85.55, 47.97), p(84.6, 47.75)),
        null,
        null,
        "lake.zaysan",
        true,
        PublishedFigures.of("river.black-irtysh"),
        // the picked class 1 line ends at a confluence; HydroExtraction extends it upstream
        // (UpstreamExtender) and appends what it added and how far short of S56 it ends
        "the picked WDBII class 1 line starts at a confluence near 88.90° E 47.12° N; above it the"
            + " line takes, at each confluence, the branch whose WDBII lines reach nearest the"
            + " published source of the Irtysh, 47°52′39″ N 89°58′12″ E (facts.md S56)",
        IRTYSH_SOURCE);
  }

  /** The Irtysh below the Bukhtarma dam, north-west to the edge of the extract (51° N). */
  public static RiverSpec irtysh() {
    return new RiverSpec(
        "river.irtysh",
        Names.of("Irtysh", "Ертіс", "额尔齐斯河", "Иртыш"),
        List.of(p(83.364, 49.642), p(82.6, 49.95)),
        p(83.364, 49.642),
        null,
        null,
        false,
        PublishedFigures.of("river.irtysh"));
  }

  /** The Emil (Emel) from China to Lake Alakol. */
  public static RiverSpec emil() {
    return new RiverSpec(
        "river.emil",
        Names.of("Emil", "Емел", "额敏河", "Эмель"),
        List.of(p(83.6, 46.5), p(82.72, 46.49), p(82.0, 46.42)),
        null,
        null,
        "lake.alakol",
        true,
        PublishedFigures.of("river.emil"));
  }

  /** The Tekes, source river of the Ili; it follows the border for a stretch. */
  public static RiverSpec tekes() {
    return new RiverSpec(
        "river.tekes",
        Names.of("Tekes", "Текес", "特克斯河", "Текес"),
        List.of(p(80.4, 42.84), p(81.6, 43.1)),
        null,
        null,
        "river.ili",
        false,
        PublishedFigures.of("river.tekes"));
  }

  /** Published figures of the Khorgos (its line comes from the border). */
  public static List<Figure> khorgosFigures() {
    return PublishedFigures.of("river.khorgos");
  }

  /** Names of the Khorgos. */
  public static Names khorgosNames() {
    return Names.of("Khorgos", "Қорғас", "霍尔果斯河", "Хоргос");
  }

  /** The rivers picked from WDBII, in output order. */
  public static List<RiverSpec> wdbiiRivers() {
    return List.of(ili(), iliLower(), blackIrtysh(), irtysh(), emil(), tekes());
  }
}
