package io.github.borderatlas.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Temporary names: recognisable, carrying the PID, and short enough for any legal target. */
class TempNamesTest {

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void name_startsWithTheTarget_andCarriesThisPid() {
    String n = TempNames.next("out.geojson");
    assertThat(n).startsWith(".out.geojson.borderatlas-").endsWith(".tmp");
    assertThat(TempNames.pid(n)).isEqualTo(ProcessHandle.current().pid());
    assertThat(TempNames.next("out.geojson")).as("a fresh name each time").isNotEqualTo(n);
  }

  @Test
  void longestTargetNames_giveNamesWithinTheLimit() {
    // 255 bytes is Linux's NAME_MAX; 1-, 2-, 3- and 4-byte characters
    for (String c : new String[] {"a", "é", "界", "😀"}) {
      String target = c.repeat(255 / bytes(c));
      String n = TempNames.next(target);
      assertThat(bytes(n)).as("for %s", c).isLessThanOrEqualTo(255);
      assertThat(TempNames.pid(n)).isEqualTo(ProcessHandle.current().pid());
    }
  }

  @Test
  void cut_keepsWholeCharacters() {
    assertThat(TempNames.cut("aé", 2)).isEqualTo("a"); // é is 2 bytes: it does not fit in 1
    assertThat(TempNames.cut("😀x", 3)).isEmpty();
    assertThat(TempNames.cut("abc", 100)).isEqualTo("abc");
  }

  @Test
  void pid_onlyForOurNames() {
    assertThat(TempNames.pid(".a.borderatlas-42-0123456789abcdef.tmp")).isEqualTo(42);
    assertThat(TempNames.pid(".a\nb.borderatlas-42-0123456789abcdef.tmp")).isEqualTo(42);
    assertThat(TempNames.pid(".a.borderatlas-42-0123456789abcdef.tmpx")).isEqualTo(-1);
    assertThat(TempNames.pid(".a.0123456789abcdef.tmp")).isEqualTo(-1);
    assertThat(TempNames.pid("a.borderatlas-42-0123456789abcdef.tmp")).isEqualTo(-1);
    assertThat(TempNames.pid(".a.borderatlas-x-0123456789abcdef.tmp")).isEqualTo(-1);
  }
}
