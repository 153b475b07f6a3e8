package io.github.borderatlas.core.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Mutated GeoJSON (bytes replaced, structural characters inserted or removed, truncation) either
 * reads or fails with a {@link GeoJsonException}: never a NullPointerException, ClassCastException,
 * IndexOutOfBoundsException or a JTS IllegalArgumentException. Fixed seeds keep it repeatable.
 */
class MalformedInputFuzzTest {

  private static final byte[] STRUCTURE = "[]{},:\"0-.e1".getBytes();

  @Test
  void mutatedFixtures_readOrFailWithGeoJsonException() throws IOException {
    byte[][] sources = {
      Files.readAllBytes(GeoJsonReaderTest.fixture("sorted-keys.geojson")),
      Files.readAllBytes(GeoJsonReaderTest.fixture("foreign-members.geojson")),
      Files.readAllBytes(GeoJsonReaderTest.fixture("gdal-3.6.geojson"))
    };
    GeoJsonReader reader = new GeoJsonReader();
    SplittableRandom random = new SplittableRandom(20260426);
    int failures = 0;
    for (int i = 0; i < 3000; i++) {
      byte[] doc = mutate(sources[i % sources.length], random);
      try {
        reader.readAll(new ByteArrayInputStream(doc), "fuzz-" + i);
      } catch (GeoJsonException expected) {
        failures++;
        assertThat(expected.source()).isEqualTo("fuzz-" + i);
        assertThat(expected.problem()).isNotBlank();
      } catch (RuntimeException e) {
        throw new AssertionError("case " + i + " threw " + e + " on:\n" + new String(doc), e);
      }
    }
    assertThat(failures).as("most mutations break the document").isGreaterThan(1500);
  }

  private static byte[] mutate(byte[] source, SplittableRandom random) {
    byte[] doc = source.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(doc.length);
      switch (random.nextInt(4)) {
        case 0 -> doc[at] = STRUCTURE[random.nextInt(STRUCTURE.length)];
        case 1 -> doc = splice(doc, at, 1, new byte[0]);
        case 2 ->
            doc = splice(doc, at, 0, new byte[] {STRUCTURE[random.nextInt(STRUCTURE.length)]});
        default -> doc = java.util.Arrays.copyOf(doc, Math.max(1, at));
      }
    }
    return doc;
  }

  private static byte[] splice(byte[] doc, int at, int remove, byte[] insert) {
    int end = Math.min(doc.length, at + remove);
    byte[] out = new byte[doc.length - (end - at) + insert.length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(doc, end, out, at + insert.length, doc.length - end);
    return out;
  }
}
