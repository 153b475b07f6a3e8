package io.github.borderatlas.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact id map agrees with a {@code HashMap} on every answer, across pages and rehashes. */
class FirstIndexByIdTest {

  @Test
  void agreesWithAHashMap_overManyIdsWithRepeats() {
    FirstIndexById compact = new FirstIndexById();
    Map<String, Integer> reference = new HashMap<>();
    Random random = new Random(7); // fixed seed: the same ids every run
    for (int i = 0; i < 200_000; i++) {
      String id = "f" + random.nextInt(120_000) + (i % 3 == 0 ? "é" : "");
      Integer expected = reference.putIfAbsent(id, i);
      assertThat(compact.putIfAbsent(id, i)).as(id).isEqualTo(expected == null ? -1 : expected);
    }
    assertThat(compact.size()).isEqualTo(reference.size());
  }

  @Test
  void idsLongerThanAPage_andEmptyIds_work() {
    FirstIndexById compact = new FirstIndexById();
    String huge = "x".repeat(FirstIndexById.PAGE_BYTES + 10);
    assertThat(compact.putIfAbsent("a", 0)).isEqualTo(-1);
    assertThat(compact.putIfAbsent(huge, 1)).isEqualTo(-1);
    assertThat(compact.putIfAbsent("", 2)).isEqualTo(-1);
    assertThat(compact.putIfAbsent("b", 3)).isEqualTo(-1);
    assertThat(compact.putIfAbsent(huge, 4)).isEqualTo(1);
    assertThat(compact.putIfAbsent("", 5)).isEqualTo(2);
    assertThat(compact.putIfAbsent(huge + "y", 6)).isEqualTo(-1);
  }
}
