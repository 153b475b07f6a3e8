package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PlaceKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled places: crossings with both names, sourced positions, honest accuracies. */
class PlacesTest {

  private static final Atlas ATLAS = ChinaKazakhstan.atlas();

  private static Place place(String id) {
    return ATLAS.find(id, Place.class).orElseThrow(() -> new AssertionError("no place " + id));
  }

  /** Degrees from degrees, minutes and seconds (hand conversion used for expected values). */
  private static double dms(double d, double m, double s) {
    return d + m / 60 + s / 3600;
  }

  /** The pairs of names: facts.md §3, S40 and S41 (KZ name / CN name). */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource({
    "crossing.khorgos,       Nur Zholy,    Khorgos",
    "crossing.altynkol,      Altynkol,     Khorgos",
    "crossing.dostyk,        Dostyk,       Alashankou",
    "crossing.bakhty,        Bakhty,       Baketu",
    "crossing.maikapchagai,  Maikapchagai, Jeminay (Jimunai)",
    "crossing.kolzhat,       Kolzhat,      Dulata"
  })
  void crossingHasItsNameOnBothSides(String id, String kazakhSide, String chineseSide) {
    Place p = place(id);
    assertThat(p.kind()).isEqualTo(PlaceKind.BORDER_CROSSING);
    assertThat(p.kazakhstanSideName()).isEqualTo(Optional.ofNullable(kazakhSide));
    assertThat(p.chinaSideName()).isEqualTo(Optional.ofNullable(chineseSide));
  }

  @Test
  void everyCrossingHasBothNames() {
    List<Place> crossings =
        ATLAS.places().stream().filter(p -> p.kind() == PlaceKind.BORDER_CROSSING).toList();
    assertThat(crossings).hasSize(6);
    assertThat(crossings)
        .allSatisfy(
            p -> {
              assertThat(p.kazakhstanSideName().orElse("")).as(p.id()).isNotBlank();
              assertThat(p.chinaSideName().orElse("")).as(p.id()).isNotBlank();
            });
  }

  static Stream<Arguments> sourcedPositions() {
    return Stream.of(
        // data-sources.md: treaty coordinates converted from Pulkovo-1942 to WGS84
        arguments("place.tripoint-cn-ru-kz", 87.286361, 49.115499),
        arguments("place.tripoint-cn-kg-kz", 80.174866, 42.210402),
        // facts.md §5, S45b: N 44°11′44″ E 80°22′10″
        arguments("place.khorgos-icbc", dms(80, 22, 10), dms(44, 11, 44)),
        // facts.md §3, S45a: "Alashankou–Dostyk" N 45°12′05″ E 82°33′11″
        arguments("crossing.dostyk", dms(82, 33, 11), dms(45, 12, 5)),
        // facts.md §1, S28: 45.56°N 82.25°E; S30: 45°35′N 82°17′E
        arguments("place.lake-zhalanashkol", 82.25, 45.56),
        arguments("place.tielieketi", dms(82, 17, 0), dms(45, 35, 0)),
        // facts.md §4, S65: 47°14′01″N 88°28′42″E; S67: 51°59′38″N 76°59′27″E, 49°58′22″N
        // 73°15′49″E
        arguments("place.irtysh-karamay-canal-head", dms(88, 28, 42), dms(47, 14, 1)),
        arguments("place.irtysh-karaganda-canal-head", dms(76, 59, 27), dms(51, 59, 38)),
        arguments("place.irtysh-karaganda-canal-end", dms(73, 15, 49), dms(49, 58, 22)));
  }

  /** Positions equal the published ones to the 6 stored decimals (x = longitude, y = latitude). */
  @ParameterizedTest(name = "{0} at {1} E {2} N")
  @MethodSource("sourcedPositions")
  void placeIsAtItsPublishedPosition(String id, double lon, double lat) {
    Place p = place(id);
    assertThat(p.location().getX()).as("longitude").isCloseTo(lon, within(6e-7));
    assertThat(p.location().getY()).as("latitude").isCloseTo(lat, within(6e-7));
  }

  /**
   * No invented precision: a position that no source gives (basis "not found", "approximate" or
   * "general knowledge") claims no better than 5 km. facts.md §3: Bakhty, Maikapchagai and Kolzhat
   * coordinates are NOT FOUND.
   */
  @Test
  void unsourcedPositionsClaimNoPrecision() {
    assertThat(ATLAS.places())
        .filteredOn(
            p -> {
              String basis = p.accuracy().basis();
              return basis.startsWith("not found")
                  || basis.startsWith("approximate")
                  || basis.contains("general knowledge");
            })
        .extracting(Place::id)
        .contains("crossing.bakhty", "crossing.maikapchagai", "crossing.kolzhat")
        .allSatisfy(
            id -> assertThat(place(id).accuracy().radiusMetres()).isGreaterThanOrEqualTo(5000));
  }

  /** Every place explains itself in a note (status, conflicts, what is not known). */
  @Test
  void everyPlaceHasANote() {
    assertThat(ATLAS.places())
        .allSatisfy(p -> assertThat(p.note().orElse("")).as(p.id()).isNotBlank());
  }

  @Test
  void everyPlaceStatesHowWellItsPositionIsKnown() {
    assertThat(ATLAS.places())
        .allSatisfy(
            p -> {
              assertThat(p.accuracy().basis()).as(p.id()).isNotBlank();
              assertThat(p.accuracy().radiusMetres()).as(p.id()).isPositive();
            });
  }

  /** facts.md §3: Dostyk rail opened 20 July 1991; S49 reopening of Khorgos 16 Nov 1983. */
  @Test
  void openingDatesAreTheSourcedOnes() {
    assertThat(place("crossing.dostyk").opened().orElseThrow()).hasToString("1991-07-20");
    assertThat(place("crossing.khorgos").opened().orElseThrow()).hasToString("1983-11-16");
    assertThat(place("crossing.altynkol").opened().orElseThrow()).hasToString("2013-12");
    assertThat(place("place.khorgos-icbc").opened().orElseThrow()).hasToString("2012-04");
    assertThat(place("crossing.bakhty").opened()).isEmpty();
  }

  @Test
  void embassiesAndNeededCitiesArePresent() {
    assertThat(ATLAS.places())
        .extracting(Place::id)
        .contains(
            "embassy.china-in-astana",
            "embassy.kazakhstan-in-beijing",
            "city.almaty",
            "city.astana",
            "city.beijing",
            "city.urumqi",
            "city.yining",
            "city.tacheng",
            "city.oskemen",
            "city.taldykorgan",
            "city.zharkent",
            "city.semey",
            "city.bole",
            "city.altay",
            "city.horgos");
  }

  /**
   * Issue 13: no source gives Kolzhat's coordinates (facts.md §3, NOT FOUND) and third-party
   * positions of the crossing range from 43.48°N to 43.71°N, so the stated radius must cover that
   * whole range at the crossing's longitude.
   */
  @Test
  void kolzhatAccuracyCoversThePublishedRange() {
    Place kolzhat = place("crossing.kolzhat");
    double lon = kolzhat.location().getX();
    double lat = kolzhat.location().getY();
    for (double rangeEnd : new double[] {43.48, 43.71}) {
      double metres = Geodesic.WGS84.Inverse(lat, lon, rangeEnd, lon).s12;
      assertThat(metres)
          .as("to " + rangeEnd + "°N")
          .isLessThanOrEqualTo(kolzhat.accuracy().radiusMetres());
    }
    assertThat(kolzhat.accuracy().basis()).contains("43.48", "43.71");
  }
}
