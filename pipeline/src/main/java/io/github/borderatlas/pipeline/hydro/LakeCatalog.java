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
            null),
        new LakeSpec(
            "lake.zaysan",
            Names.of("Lake Zaysan", "Зайсан", "斋桑泊", "Зайсан"),
            new Coordinate(83.8, 48.0),
            PublishedFigures.of("lake.zaysan"),
            Validity.ALWAYS,
            "GSHHS draws Zaysan and the Bukhtarma reservoir as one water body, up to the dam at "
                + "49.64° N"),
        new LakeSpec(
            "lake.alakol",
            Names.of("Lake Alakol", "Алакөл", "阿拉湖", "Алаколь"),
            new Coordinate(81.75, 46.15),
            PublishedFigures.of("lake.alakol"),
            Validity.ALWAYS,
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
                + "its filling); valid from 1970, the year of completion in S71, known to the year"),
        new LakeSpec(
            "lake.sasykkol",
            Names.of("Lake Sasykkol", "Сасықкөл", "萨瑟克湖", "Сасыкколь"),
            new Coordinate(80.9, 46.58),
            List.of(),
            Validity.ALWAYS,
            null));
  }
}
