package io.github.borderatlas.geodata;

/**
 * The ids of the bundled atlas' features, as constants, so that a typo fails at compile time:
 * {@code atlas.find(BundledIds.RIVER_ILI, River.class)}. Every constant names a feature of {@link
 * ChinaKazakhstan#atlas()} (checked by a test); timeline entries are left out (look them up by date
 * or by {@code Atlas.findByName}).
 */
public final class BundledIds {

  private BundledIds() {}

  /** China–Kazakhstan border (border). */
  public static final String BORDER = "border";

  /** Ili (rivers). */
  public static final String RIVER_ILI = "river.ili";

  /** Ili (Kapchagay to Balkhash) (rivers). */
  public static final String RIVER_ILI_LOWER = "river.ili-lower";

  /** Black Irtysh (rivers). */
  public static final String RIVER_BLACK_IRTYSH = "river.black-irtysh";

  /** Irtysh (rivers). */
  public static final String RIVER_IRTYSH = "river.irtysh";

  /** Emil (rivers). */
  public static final String RIVER_EMIL = "river.emil";

  /** Tekes (rivers). */
  public static final String RIVER_TEKES = "river.tekes";

  /** Khorgos (rivers). */
  public static final String RIVER_KHORGOS = "river.khorgos";

  /** Lake Balkhash (lakes). */
  public static final String LAKE_BALKHASH = "lake.balkhash";

  /** Lake Zaysan (lakes). */
  public static final String LAKE_ZAYSAN = "lake.zaysan";

  /** Lake Alakol (lakes). */
  public static final String LAKE_ALAKOL = "lake.alakol";

  /** Kapchagay Reservoir (lakes). */
  public static final String LAKE_KAPCHAGAY = "lake.kapchagay";

  /** Lake Sasykkol (lakes). */
  public static final String LAKE_SASYKKOL = "lake.sasykkol";

  /** Ebi (Ebinur) Lake, a hole in China's outline (lakes). */
  public static final String LAKE_EBINUR = "lake.ebinur";

  /** Sayram Lake, a hole in China's outline (lakes). */
  public static final String LAKE_SAYRAM = "lake.sayram";

  /** Lake Ulungur, a hole in China's outline (lakes). */
  public static final String LAKE_ULUNGUR = "lake.ulungur";

  /** China–Russia–Kazakhstan tripoint (places). */
  public static final String PLACE_TRIPOINT_CN_RU_KZ = "place.tripoint-cn-ru-kz";

  /** China–Kyrgyzstan–Kazakhstan tripoint (Khan Tengri) (places). */
  public static final String PLACE_TRIPOINT_CN_KG_KZ = "place.tripoint-cn-kg-kz";

  /** Nur Zholy / Khorgos road crossing (places). */
  public static final String CROSSING_KHORGOS = "crossing.khorgos";

  /** Altynkol / Khorgos rail crossing (places). */
  public static final String CROSSING_ALTYNKOL = "crossing.altynkol";

  /** Dostyk / Alashankou crossing (places). */
  public static final String CROSSING_DOSTYK = "crossing.dostyk";

  /** Bakhty / Baketu crossing (places). */
  public static final String CROSSING_BAKHTY = "crossing.bakhty";

  /** Maikapchagai / Jeminay crossing (places). */
  public static final String CROSSING_MAIKAPCHAGAI = "crossing.maikapchagai";

  /** Kolzhat / Dulata crossing (places). */
  public static final String CROSSING_KOLZHAT = "crossing.kolzhat";

  /** Khorgos International Center for Boundary Cooperation (places). */
  public static final String PLACE_KHORGOS_ICBC = "place.khorgos-icbc";

  /** Lake Zhalanashkol (places). */
  public static final String PLACE_LAKE_ZHALANASHKOL = "place.lake-zhalanashkol";

  /** Tielieketi (Terekty) (places). */
  public static final String PLACE_TIELIEKETI = "place.tielieketi";

  /** Dostyk joint water diversion complex (Khorgos) (places). */
  public static final String PLACE_DOSTYK_WATERWORKS = "place.dostyk-waterworks";

  /** Irtysh–Karamay–Ürümqi canal head (Project 635 dam) (places). */
  public static final String PLACE_IRTYSH_KARAMAY_CANAL_HEAD = "place.irtysh-karamay-canal-head";

  /** Irtysh–Karaganda canal head (near Aksu) (places). */
  public static final String PLACE_IRTYSH_KARAGANDA_CANAL_HEAD =
      "place.irtysh-karaganda-canal-head";

  /** Irtysh–Karaganda canal end (near Karaganda) (places). */
  public static final String PLACE_IRTYSH_KARAGANDA_CANAL_END = "place.irtysh-karaganda-canal-end";

  /** Almaty (places). */
  public static final String CITY_ALMATY = "city.almaty";

  /** Astana (places). */
  public static final String CITY_ASTANA = "city.astana";

  /** Beijing (places). */
  public static final String CITY_BEIJING = "city.beijing";

  /** Ürümqi (places). */
  public static final String CITY_URUMQI = "city.urumqi";

  /** Karamay (places). */
  public static final String CITY_KARAMAY = "city.karamay";

  /** Yining (Kulja) (places). */
  public static final String CITY_YINING = "city.yining";

  /** Tacheng (Chuguchak) (places). */
  public static final String CITY_TACHENG = "city.tacheng";

  /** Oskemen (Ust-Kamenogorsk) (places). */
  public static final String CITY_OSKEMEN = "city.oskemen";

  /** Semey (places). */
  public static final String CITY_SEMEY = "city.semey";

  /** Taldykorgan (places). */
  public static final String CITY_TALDYKORGAN = "city.taldykorgan";

  /** Zharkent (places). */
  public static final String CITY_ZHARKENT = "city.zharkent";

  /** Bole (Bortala) (places). */
  public static final String CITY_BOLE = "city.bole";

  /** Altay (places). */
  public static final String CITY_ALTAY = "city.altay";

  /** Horgos (city) (places). */
  public static final String CITY_HORGOS = "city.horgos";

  /** Embassy of China in Astana (places). */
  public static final String EMBASSY_CHINA_IN_ASTANA = "embassy.china-in-astana";

  /** Embassy of Kazakhstan in Beijing (places). */
  public static final String EMBASSY_KAZAKHSTAN_IN_BEIJING = "embassy.kazakhstan-in-beijing";

  /** Chogan-Obo (Chagan-Obo) (sectors). */
  public static final String SECTOR_CHOGAN_OBO = "sector.chogan-obo";

  /** Points 48–49 sector (sectors). */
  public static final String SECTOR_POINTS_48_49 = "sector.points-48-49";

  /** Khan Tengri junction (sectors). */
  public static final String SECTOR_KHAN_TENGRI = "sector.khan-tengri";

  /** Zhalanashkol / Tielieketi (sectors). */
  public static final String SECTOR_ZHALANASHKOL = "sector.zhalanashkol";

  /** Xiaerxili (Alatau) (sectors). */
  public static final String SECTOR_XIAERXILI = "sector.xiaerxili";

  /** Baimurza pass / Sary-Charndy River (sectors). */
  public static final String SECTOR_BAIMURZA_SARY_CHARNDY = "sector.baimurza-sary-charndy";

  /** Kazakhstan (countries). */
  public static final String COUNTRY_KAZ = "country.KAZ";

  /** China (countries). */
  public static final String COUNTRY_CHN = "country.CHN";

  /** Russia (countries). */
  public static final String COUNTRY_RUS = "country.RUS";

  /** Kyrgyzstan (countries). */
  public static final String COUNTRY_KGZ = "country.KGZ";

  /** Mongolia (countries). */
  public static final String COUNTRY_MNG = "country.MNG";
}
