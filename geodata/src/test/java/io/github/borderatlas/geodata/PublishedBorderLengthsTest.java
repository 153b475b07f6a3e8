package io.github.borderatlas.geodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedBorderLengthsTest {

  @Test
  void theCentralAsianNeighboursAreThereWithFullUrls() {
    for (List<String> pair :
        List.of(
            List.of("KAZ", "CHN"),
            List.of("KAZ", "KGZ"),
            List.of("KAZ", "RUS"),
            List.of("KAZ", "UZB"),
            List.of("KAZ", "TKM"),
            List.of("CHN", "KGZ"),
            List.of("CHN", "MNG"),
            List.of("CHN", "RUS"),
            List.of("CHN", "TJK"))) {
      var p =
          PublishedBorderLengths.of(pair.get(0), pair.get(1))
              .orElseThrow(() -> new AssertionError(pair));
      assertTrue(p.sourceUrl().startsWith("http"), p::toString);
      assertTrue(p.lengthKilometres() > 100, p::toString);
    }
  }

  @Test
  void theChinaKazakhstanFigureIsTheOneTheBundledAtlasUses() {
    double atlas =
        ChinaKazakhstan.atlas().figures().all().stream()
            .filter(f -> f.quantity().equals("border.length.total"))
            .mapToDouble(f -> f.value())
            .findFirst()
            .orElseThrow();
    assertEquals(atlas, PublishedBorderLengths.of("KAZ", "CHN").orElseThrow().lengthKilometres());
    assertTrue(PublishedBorderLengths.of("KAZ", "FRA").isEmpty());
  }
}
