package io.github.borderatlas.viewer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.viewer.TestAtlas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

/**
 * Search by name in four languages (the Khorgos crossing's names as in places.geojson: Қорғас,
 * 霍尔果斯, Хоргос) and by attribute value of a plain feature list.
 */
class SearchIndexTest {

  static final Atlas ATLAS =
      TestAtlas.atlas().toBuilder()
          .place(
              new Place(
                  "crossing.khorgos-named",
                  PlaceKind.BORDER_CROSSING,
                  Names.of("Khorgos gate", "Қорғас", "霍尔果斯", "Хоргос"),
                  Optional.of("Nurly Test"),
                  Optional.empty(),
                  Geometries.FACTORY.createPoint(new Coordinate(80.4, 44.2)),
                  new PositionAccuracy(500, "test"),
                  null,
                  null,
                  Provenance.fact("test"),
                  null))
          .build();

  static final SearchIndex INDEX = SearchIndex.of(ATLAS);

  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @CsvSource({
    "khorgos gate, crossing.khorgos-named, name",
    "KHORGOS G, crossing.khorgos-named, name",
    "қорғ, crossing.khorgos-named, name_kk",
    "霍尔果, crossing.khorgos-named, name_zh",
    "ХОРГОС, crossing.khorgos-named, name_ru",
    "nurly t, crossing.khorgos-named, name_kz_side",
    "almat, city.almaty, name",
  })
  void findsAtlasFeaturesByNameInEachLanguage(String query, String id, String field) {
    List<SearchHit> hits = INDEX.search(query, 5);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).id()).isEqualTo(id);
    assertThat(hits.get(0).field()).isEqualTo(field);
    assertThat(hits.get(0).geometry()).isNotNull();
  }

  @Test
  void prefixMatchesComeFirst_oneHitPerFeature_andTheLimitHolds() {
    // "khorgos" starts the names of both crossings; "Khorgos" (the TestAtlas crossing) is shorter
    List<SearchHit> hits = INDEX.search("khorgos", 10);
    assertThat(hits).extracting(SearchHit::id).startsWith("crossing.khorgos");
    assertThat(hits).extracting(SearchHit::id).doesNotHaveDuplicates();
    assertThat(INDEX.search("o", 3)).hasSize(3);
    assertThat(INDEX.search("   ", 3)).isEmpty();
    assertThat(INDEX.search("no such name", 3)).isEmpty();
    assertThatThrownBy(() -> INDEX.search("x", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void featureLists_areSearchedByEveryAttribute_accentsIgnored() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", "Öskemen");
    p.put("population", 303_720L);
    p.put("region", "East Kazakhstan");
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("name", "Semey");
    q.put("region", "Abai Region");
    SearchIndex index =
        SearchIndex.builder()
            .addFeatures(
                "my towns",
                List.of(
                    new GeoJsonFeature(null, TestAtlas.wkt("POINT (82.6 49.95)"), p),
                    new GeoJsonFeature("semey", null, q)))
            .build();
    assertThat(index.search("oskem", 5)).extracting(SearchHit::id).containsExactly("1");
    SearchHit byNumber = index.search("3037", 5).get(0);
    assertThat(byNumber.field()).isEqualTo("population");
    assertThat(byNumber.name()).isEqualTo("Öskemen");
    assertThat(byNumber.layer()).isEqualTo("my towns");
    assertThat(byNumber.label()).isEqualTo("303720 — population: Öskemen (my towns)");
    SearchHit semey = index.search("abai", 5).get(0);
    assertThat(semey.id()).isEqualTo("semey");
    assertThat(semey.geometry()).isNull();
    assertThat(index.search("popul", 5)).isEmpty(); // keys are not values
    assertThat(index.size()).isEqualTo(5);
    assertThat(SearchIndex.EMPTY.search("a", 1)).isEmpty();
  }
}
