package io.github.borderatlas.pipeline.hydro;

import static io.github.borderatlas.core.model.Confidence.FIRM;
import static io.github.borderatlas.core.model.Confidence.SINGLE;
import static io.github.borderatlas.core.model.Unit.CUBIC_KILOMETRE;
import static io.github.borderatlas.core.model.Unit.KILOMETRE;
import static io.github.borderatlas.core.model.Unit.METRE;
import static io.github.borderatlas.core.model.Unit.SQUARE_KILOMETRE;

import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The lakes of the atlas: ids, names, inside points used to pick the GSHHS shorelines
 * (data-sources.md) and the published figures of facts.md §4. Figure quantities: {@code
 * lake.area}, {@code lake.elevation}, {@code lake.length}, {@code lake.depth.max}, {@code
 * lake.volume}, {@code lake.basin.area}, plus the measured {@code lake.area.measured}.
 */
public final class LakeCatalog {

  static final String S80 = "S80 cryer.org.uk/Balkhash_Lake; simple.wikipedia.org/wiki/Lake_Balqash";
  static final String S81 = "S81 britannica.com/print/topic/524631";
  static final String S82 = "S82 wldb.ilec.or.jp (ILEC World Lake Database, Balkhash)";
  static final String S83 = "S83 fact-index.com/l/la/lake_zaysan.html";
  static final String S84 = "S84 en.wikipedia.org/wiki/Lake_Alakol";
  static final String S71_72 =
      "S71 water.wikia.com/wiki/Ili_River; S72 fact-archive.com/encyclopedia/Ili_River";

  private LakeCatalog() {}

  private static Figure f(String q, double v, io.github.borderatlas.core.model.Unit u,
      String src, io.github.borderatlas.core.model.Confidence c, String note) {
    return new Figure(q, v, u, src, c, note);
  }

  /** All lakes, in output order. */
  public static List<LakeSpec> all() {
    return List.of(
        new LakeSpec(
            "lake.balkhash",
            new Names("Lake Balkhash", "Балқаш", "巴尔喀什湖", "Балхаш"),
            new Coordinate(74.5, 46.1),
            List.of(
                f("lake.area", 16400, SQUARE_KILOMETRE, S80, SINGLE, "about"),
                f("lake.area", 15500, SQUARE_KILOMETRE, S81, SINGLE, "lower end of 15,500–16,300"),
                f("lake.area", 16300, SQUARE_KILOMETRE, S81, SINGLE, "upper end of 15,500–16,300"),
                f("lake.area", 18200, SQUARE_KILOMETRE, S82, SINGLE, null),
                f("lake.elevation", 341.4, METRE, S80, SINGLE, "above sea level"),
                f("lake.length", 605, KILOMETRE, S80, SINGLE, null)),
            Validity.ALWAYS,
            null),
        new LakeSpec(
            "lake.zaysan",
            new Names("Lake Zaysan", "Зайсан", "斋桑泊", "Зайсан"),
            new Coordinate(83.8, 48.0),
            List.of(
                f("lake.area", 1810, SQUARE_KILOMETRE, S83, SINGLE, "the lake alone, about"),
                f("lake.elevation", 420, METRE, S83, SINGLE, "above sea level; risen about 6 m "
                    + "since the Bukhtarma dam was built"),
                f("lake.length", 105, KILOMETRE, S83, SINGLE, null)),
            Validity.ALWAYS,
            "GSHHS draws Zaysan and the Bukhtarma reservoir as one water body, up to the dam at "
                + "49.64° N"),
        new LakeSpec(
            "lake.alakol",
            new Names("Lake Alakol", "Алакөл", "阿拉湖", "Алаколь"),
            new Coordinate(81.75, 46.15),
            List.of(
                f("lake.area", 2650, SQUARE_KILOMETRE, S84, FIRM, null),
                f("lake.depth.max", 54, METRE, S84, FIRM, null),
                f("lake.volume", 58.6, CUBIC_KILOMETRE, S84, FIRM, null),
                f("lake.elevation", 347, METRE, S84, FIRM, "above sea level"),
                f("lake.basin.area", 65200, SQUARE_KILOMETRE, S84, FIRM, null)),
            Validity.ALWAYS,
            null),
        new LakeSpec(
            "lake.kapchagay",
            new Names(
                "Kapchagay Reservoir", "Қапшағай бөгені", "卡普恰盖水库",
                "Капчагайское водохранилище"),
            new Coordinate(77.6, 43.85),
            List.of(f("lake.length", 110, KILOMETRE, S71_72, SINGLE, "about")),
            Validity.from(LocalDate.of(1970, 1, 1)),
            "reservoir behind the Kapchagay dam, built 1965–1970 (S71; S72 gives 1965–1980); "
                + "valid from 1970, the year of completion"),
        new LakeSpec(
            "lake.sasykkol",
            new Names("Lake Sasykkol", "Сасықкөл", "萨瑟克湖", "Сасыкколь"),
            new Coordinate(80.9, 46.58),
            List.of(),
            Validity.ALWAYS,
            null));
  }
}
