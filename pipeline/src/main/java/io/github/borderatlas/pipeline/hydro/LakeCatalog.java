package io.github.borderatlas.pipeline.hydro;

import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Validity;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The lakes of the atlas: ids, names, inside points used to pick the GSHHS shorelines
 * (data-sources.md) and the published figures of facts.md §4 (data files read by {@code
 * PublishedFigures}). Figure quantities: {@code lake.area}, {@code lake.elevation}, {@code
 * lake.length}, {@code lake.depth.max}, {@code lake.volume}, {@code lake.basin.area}, plus the
 * measured {@code lake.area.measured}.
 */
public final class LakeCatalog {

  /** Ebi (Ebinur) Lake: English name, coordinates, figures. */
  static final String EBINUR_EN = "Wikipedia (English), https://en.wikipedia.org/wiki/Aibi_Lake";

  /** Ebi Lake: Kazakh name. */
  static final String EBINUR_KK = "WikiMili, https://wikimili.com/en/Ebi_Lake";

  /** Ebi Lake: Russian and Chinese names. */
  static final String EBINUR_RU =
      "Wafarin (Russian Wikipedia), https://wafarin.com/article/6580701/эби-нур";

  /** Sayram Lake: English, Kazakh and Chinese names, coordinates, figures. */
  static final String SAYRAM_EN =
      "Wikipedia (English, Kiwix copy 2023-05), "
          + "https://iiab.live/kiwix/content/wikipedia_en_all_maxi_2023-05/A/Lake_Sayram";

  /** Sayram Lake: Russian name. */
  static final String SAYRAM_RU = "Phoenix 24, https://phoenix-24.kz/?p=10380";

  /** Lake Ulungur: English name, area. */
  static final String ULUNGUR_EN =
      "Earth Snapshot, http://www.eosnap.com/image-of-the-day/"
          + "lake-ulungur-below-the-altai-mountains-china-october-15th-2009/";

  /** Lake Ulungur: Chinese name, coordinates, elevation, area. */
  static final String ULUNGUR_ZH =
      "Perceptiode (Russian Wikipedia, translated), "
          + "https://perceptiode.com/%D0%A3%D0%BB%D1%8E%D0%BD%D0%B3%D1%83%D1%80";

  private LakeCatalog() {}

  /** All lakes, in output order. */
  public static List<LakeSpec> all() {
    return List.of(
        new LakeSpec(
            "lake.balkhash",
            Names.of("Lake Balkhash", "Балқаш", "巴尔喀什湖", "Балхаш"),
            new Coordinate(74.5, 46.1),
            PublishedFigures.of("lake.balkhash"),
            Validity.ALWAYS,
            null,
            null),
        new LakeSpec(
            "lake.zaysan",
            Names.of("Lake Zaysan", "Зайсан", "斋桑泊", "Зайсан"),
            new Coordinate(83.8, 48.0),
            PublishedFigures.of("lake.zaysan"),
            Validity.ALWAYS,
            "GSHHS draws Zaysan and the Bukhtarma reservoir as one water body, up to the dam at "
                + "49.64° N",
            null),
        new LakeSpec(
            "lake.alakol",
            Names.of("Lake Alakol", "Алакөл", "阿拉湖", "Алаколь"),
            new Coordinate(81.75, 46.15),
            PublishedFigures.of("lake.alakol"),
            Validity.ALWAYS,
            null,
            null),
        new LakeSpec(
            "lake.kapchagay",
            Names.of(
                "Kapchagay Reservoir", "Қапшағай бөгені", "卡普恰盖水库", "Капчагайское водохранилище"),
            new Coordinate(77.6, 43.85),
            PublishedFigures.of("lake.kapchagay"),
            // a year, not 1 January: exports write it as "1970"
            Validity.of(PartialDate.parse("1970"), null),
            "reservoir behind the Kapchagay dam, built 1965–1970 (S71; S72 gives 1965–1980 for "
                + "its filling); valid from 1970, the year of completion in S71, known to the year",
            null),
        new LakeSpec(
            "lake.sasykkol",
            Names.of("Lake Sasykkol", "Сасықкөл", "萨瑟克湖", "Сасыкколь"),
            new Coordinate(80.9, 46.58),
            List.of(),
            Validity.ALWAYS,
            null,
            null),
        // Lakes that are holes in the OSM outline of China near the border (issue 14 item 6):
        // names and inside points from the cited pages, which are also the figures' sources.
        new LakeSpec(
            "lake.ebinur",
            // en: the English Wikipedia article; kk: wikimili; zh, ru: the Russian article
            // (wafarin)
            Names.of("Ebi Lake", "Ебінұр", "艾比湖", "Эби-Нур"),
            // 44°53′ N 83°00′ E, given as 44.883° N 83.000° E by EBINUR_EN
            new Coordinate(83.000, 44.883),
            PublishedFigures.of("lake.ebinur"),
            Validity.ALWAYS,
            null,
            EBINUR_EN + "; " + EBINUR_KK + "; " + EBINUR_RU),
        new LakeSpec(
            "lake.sayram",
            // en, kk, zh: the English Wikipedia article (Kiwix copy); ru: Phoenix 24
            Names.of("Sayram Lake", "Сайрам көлі", "赛里木湖", "Сайрам"),
            // 44.6° N 81.2° E as given by SAYRAM_EN
            new Coordinate(81.2, 44.6),
            PublishedFigures.of("lake.sayram"),
            Validity.ALWAYS,
            null,
            SAYRAM_EN + "; " + SAYRAM_RU),
        new LakeSpec(
            "lake.ulungur",
            // en: Earth Snapshot; zh: the Russian article (perceptiode); no sourced kk or ru name
            Names.of("Lake Ulungur", null, "乌伦古湖", null),
            // 47°15′00″ N 87°19′00″ E as given by ULUNGUR_ZH
            new Coordinate(87.0 + 19.0 / 60, 47.25),
            PublishedFigures.of("lake.ulungur"),
            Validity.ALWAYS,
            null,
            ULUNGUR_EN + "; " + ULUNGUR_ZH));
  }
}
