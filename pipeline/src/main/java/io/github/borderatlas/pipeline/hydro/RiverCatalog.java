package io.github.borderatlas.pipeline.hydro;

import static io.github.borderatlas.core.model.Confidence.FIRM;
import static io.github.borderatlas.core.model.Confidence.SINGLE;
import static io.github.borderatlas.core.model.Confidence.WEAK;
import static io.github.borderatlas.core.model.Unit.CUBIC_KILOMETRE;
import static io.github.borderatlas.core.model.Unit.CUBIC_KILOMETRE_PER_YEAR;
import static io.github.borderatlas.core.model.Unit.CUBIC_METRE_PER_SECOND;
import static io.github.borderatlas.core.model.Unit.KILOMETRE;
import static io.github.borderatlas.core.model.Unit.MILLION_CUBIC_METRE_PER_YEAR;
import static io.github.borderatlas.core.model.Unit.PERCENT;
import static io.github.borderatlas.core.model.Unit.SQUARE_KILOMETRE;

import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Names;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The rivers of the atlas: ids, names (English, Kazakh, Chinese, Russian), the points used to pick
 * their WDBII lines (data-sources.md, "Rivers and lakes from GSHHG"), outflows and the published
 * figures of facts.md §4 with their sources. The Khorgos is not here: no dataset has its line, so
 * the pipeline derives it from the border (see {@code HydroExtraction}).
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

  static final String S54 = "S54 timesca.com/tag/transboundary-water (2025)";
  static final String S55_56 =
      "S55 simple.wikipedia.org/wiki/Irtysh_River; S56 wikiwand.com/en/articles/Irtysh_River";
  static final String S57 = "S57 ostrovsamui.ru/vodosbornyy-basseyn-reki-irtysh";
  static final String S59_60 =
      "S59 eabr.org (EDB report 'Irtysh calls for dialogue', Feb 2025); S60 timesca.com report";
  static final String S61 = "S61 discovery.researcher.life/article/-/27c3f8798bf9366986dd8f7282a88fc2";
  static final String S70_71 =
      "S70 geolookup.org/location/ili; S71 water.wikia.com/wiki/Ili_River";
  static final String S74 = "S74 water.unesco.kz/bal_ch_3a_e.htm (Smolyar et al. 2002)";
  static final String S75 = "S75 Tengrinews.kz item on Balkhash inflow and the Dobyn gauge";
  static final String S77 = "S77 mdpi.com/2073-4441/9/3/207 (Water 2017, 9(3), 207)";
  static final String S78 = "S78 en.m.wikipedia.org/wiki/Emil_(river)";
  static final String S79 = "S79 search.com.vn/wiki/pl/Emin_He";
  static final String S39 =
      "S39 europe.chinadaily.com.cn/business/2013-07/09/content_16753036.htm";
  static final String T25 = "T25 de.m.wikipedia.org./wiki/Qorghas (treaty-line.md)";
  static final String T29 = "T29 russianwiki.com/wiki/Текес_(река) (treaty-line.md)";

  private RiverCatalog() {}

  private static Coordinate p(double lon, double lat) {
    return new Coordinate(lon, lat);
  }

  private static Figure f(String q, double v, io.github.borderatlas.core.model.Unit u,
      String src, io.github.borderatlas.core.model.Confidence c, String note) {
    return new Figure(q, v, u, src, c, note);
  }

  /** The Ili from its Künes headwater through Yining to the Kapchagay reservoir. */
  public static RiverSpec ili() {
    return new RiverSpec(
        "river.ili",
        new Names("Ili", "Іле", "伊犁河", "Или"),
        List.of(p(81.3, 43.9), p(80.53, 43.81), p(78.3, 43.87)),
        null, null, "lake.kapchagay", true,
        List.of(
            f("river.length", 1439, KILOMETRE, S70_71, FIRM, "including its source river, the Tekes"),
            f("river.length.kazakhstan", 815, KILOMETRE, S70_71, FIRM, null),
            f("river.basin.area", 140000, SQUARE_KILOMETRE, S70_71, FIRM, "about"),
            f("river.discharge.mean", 480, CUBIC_METRE_PER_SECOND, S70_71, FIRM, "about"),
            f("river.discharge.border", 384, CUBIC_METRE_PER_SECOND, S75, SINGLE,
                "Dobyn gauge on the China border, mean of 2024 (17 % above 2023)"),
            f("river.flow.annual", 17.7, CUBIC_KILOMETRE_PER_YEAR, S74, SINGLE,
                "Ili basin, mean year; 12.3 km³/yr in a 1-in-20 dry year"),
            f("river.flow.from-china", 11.5, CUBIC_KILOMETRE_PER_YEAR, S74, SINGLE,
                "surface inflow from China to the whole Balkhash–Alakol basin (of 27.76 km³/yr)"),
            f("river.flow.received-h1-2025", 5.6, CUBIC_KILOMETRE, S54, SINGLE,
                "received by Kazakhstan from China via the Ili in the first half of 2025"),
            f("river.consumption.basin", 15, CUBIC_KILOMETRE_PER_YEAR, S77, SINGLE,
                "Ili basin water consumption in 2014 (14.3 in 2000, 17.2 in 2005)"),
            f("river.consumption.share.china", 38, PERCENT, S77, SINGLE,
                "China's share of Ili basin consumption in 2000 (Kazakhstan 62 %)")));
  }

  /** The lower Ili from the Kapchagay dam to Lake Balkhash. */
  public static RiverSpec iliLower() {
    return new RiverSpec(
        "river.ili-lower",
        new Names("Ili (Kapchagay to Balkhash)", "Іле", "伊犁河", "Или"),
        List.of(p(77.0, 44.0), p(76.27, 44.8)),
        null, null, "lake.balkhash", false,
        List.of());
  }

  /** The Black Irtysh from China to Lake Zaysan. */
  public static RiverSpec blackIrtysh() {
    return new RiverSpec(
        "river.black-irtysh",
        new Names("Black Irtysh", "Қара Ертіс", "额尔齐斯河", "Чёрный Иртыш"),
        List.of(p(86.9, 47.7), p(85.55, 47.97), p(84.6, 47.75)),
        null, null, "lake.zaysan", true,
        List.of(
            f("river.flow.from-china", 8.3, CUBIC_KILOMETRE_PER_YEAR, S59_60, FIRM,
                "natural flow of the upper (Chinese) Irtysh, mean"),
            f("river.withdrawal.china", 1.5, CUBIC_KILOMETRE_PER_YEAR, S59_60, FIRM,
                "lower end of the published range 1.5–2.0 km³/yr"),
            f("river.withdrawal.china", 2.0, CUBIC_KILOMETRE_PER_YEAR, S59_60, FIRM,
                "upper end of the published range 1.5–2.0 km³/yr"),
            f("river.withdrawal.china.forecast", 7, CUBIC_KILOMETRE_PER_YEAR, S59_60, FIRM,
                "forecast, about"),
            f("river.use-share.china.planned", 45, PERCENT, S61, SINGLE,
                "almost 45 % of the runoff formed in China"),
            f("river.flow.received-h1-2025", 4.6, CUBIC_KILOMETRE, S54, SINGLE,
                "received by Kazakhstan from China via the Irtysh in the first half of 2025"),
            f("river.length.china", 525, KILOMETRE, S57, WEAK, "the Irtysh in China")));
  }

  /** The Irtysh below the Bukhtarma dam, north-west to the edge of the extract (51° N). */
  public static RiverSpec irtysh() {
    return new RiverSpec(
        "river.irtysh",
        new Names("Irtysh", "Ертіс", "额尔齐斯河", "Иртыш"),
        List.of(p(83.364, 49.642), p(82.6, 49.95)),
        p(83.364, 49.642), null, null, false,
        List.of(
            f("river.length", 4248, KILOMETRE, S55_56, FIRM, "whole river, source to the Ob"),
            f("river.basin.area", 1643000, SQUARE_KILOMETRE, S55_56, FIRM, null),
            f("river.discharge.mean", 2150, CUBIC_METRE_PER_SECOND, S55_56, FIRM, "near Tobolsk"),
            f("river.length.china", 525, KILOMETRE, S57, WEAK, null),
            f("river.length.kazakhstan", 1835, KILOMETRE, S57, WEAK, null),
            f("river.length.russia", 2010, KILOMETRE, S57, WEAK, null)));
  }

  /** The Emil (Emel) from China to Lake Alakol. */
  public static RiverSpec emil() {
    return new RiverSpec(
        "river.emil",
        new Names("Emil", "Емел", "额敏河", "Эмель"),
        List.of(p(83.6, 46.5), p(82.72, 46.49), p(82.0, 46.42)),
        null, null, "lake.alakol", true,
        List.of(
            f("river.length", 250, KILOMETRE, S78, SINGLE, null),
            f("river.length.china", 180, KILOMETRE, S78, SINGLE, null),
            f("river.length.kazakhstan", 70, KILOMETRE, S78, SINGLE, null),
            f("river.length", 230, KILOMETRE, S79, SINGLE, "conflicts with S78"),
            f("river.length.china", 154, KILOMETRE, S79, SINGLE, "conflicts with S78"),
            f("river.basin.area", 20900, SQUARE_KILOMETRE, S79, SINGLE, null),
            f("river.discharge.mean", 11, CUBIC_METRE_PER_SECOND, S79, SINGLE, null)));
  }

  /** The Tekes, source river of the Ili; it follows the border for a stretch. */
  public static RiverSpec tekes() {
    return new RiverSpec(
        "river.tekes",
        new Names("Tekes", "Текес", "特克斯河", "Текес"),
        List.of(p(80.4, 42.84), p(81.6, 43.1)),
        null, null, "river.ili", false,
        List.of(
            f("river.length", 438, KILOMETRE, T29, SINGLE, null),
            f("river.length.kazakhstan", 100, KILOMETRE, T29, SINGLE,
                "40 km inside Kazakhstan and about 60 km along the border"),
            f("river.length.boundary", 60, KILOMETRE, T29, SINGLE, "about")));
  }

  /** Published figures of the Khorgos (its line comes from the border). */
  public static List<Figure> khorgosFigures() {
    return List.of(
        f("river.length", 148, KILOMETRE, S39, SINGLE, null),
        f("river.flow.annual", 540, MILLION_CUBIC_METRE_PER_YEAR, S39, SINGLE, "annual runoff"),
        f("river.basin.area", 1600, SQUARE_KILOMETRE, S39, SINGLE, "about"),
        f("river.length", 180, KILOMETRE, T25, SINGLE, "about; conflicts with S39"),
        f("river.length.boundary", 160, KILOMETRE, T25, SINGLE,
            "'the remaining 160 km' to its mouth along the border"));
  }

  /** Names of the Khorgos. */
  public static Names khorgosNames() {
    return new Names("Khorgos", "Қорғас", "霍尔果斯河", "Хоргос");
  }

  /** The rivers picked from WDBII, in output order. */
  public static List<RiverSpec> wdbiiRivers() {
    return List.of(ili(), iliLower(), blackIrtysh(), irtysh(), emil(), tekes());
  }
}
