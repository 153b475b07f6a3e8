package io.github.borderatlas.core.io.atlas;

import static io.github.borderatlas.core.io.atlas.AtlasFeatureDecoderTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.JsonText;
import io.github.borderatlas.core.model.DatePrecision;
import io.github.borderatlas.core.model.TimelineEntry;
import org.junit.jupiter.api.Test;

/**
 * The values as GDAL 3.6's ogr2ogr writes them when it copies an atlas file to GeoJSON or
 * GeoPackage (the spellings below were read from its output on this project's atlas) decode to the
 * same features as the originals.
 */
class GdalCopiesTest {

  private static final AtlasFeatureDecoder STRICT = AtlasFeatureDecoder.strict();

  @Test
  void ogrStringList_isAList() {
    // ogr2ogr -f GPKG stores the StringList field "parties" as "(2:China,Kazakhstan)"
    GeoJsonFeature f =
        with(
            AtlasFixtures.agreement1994(),
            p -> {
              p.put("parties", "(2:China,Kazakhstan)");
              p.put("concerns", "(2:border,sector.chogan-obo)");
            });

    assertThat(STRICT.decode(f)).isEqualTo(AtlasFixtures.agreement1994());
  }

  @Test
  void ogrStringList_withACommaInAnItem_isRefusedAsAmbiguous() {
    GeoJsonFeature f = with(AtlasFixtures.agreement1994(), p -> p.put("parties", "(2:a,b,c)"));

    assertThatThrownBy(() -> STRICT.decode(f, "atlas.gpkg", 0))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("property \"parties\": an OGR string list of 2 items has 3")
        .hasMessageContaining("ambiguous");
  }

  @Test
  void jsonText_listsAndFigures() {
    // GDAL's JSON sub-type: the empty "concerns" array and the "figures" objects as text
    GeoJsonFeature event =
        with(
            AtlasFixtures.agreement1994(),
            p -> {
              p.put("parties", "[ \"China\", \"Kazakhstan\" ]");
              p.put("concerns", JsonText.write(p.get("concerns")));
            });
    GeoJsonFeature river =
        with(AtlasFixtures.ili(), p -> p.put("figures", JsonText.write(p.get("figures"))));
    GeoJsonFeature empty = with(AtlasFixtures.peking1860(), p -> p.put("parties", "[ ]"));

    assertThat(STRICT.decode(event)).isEqualTo(AtlasFixtures.agreement1994());
    assertThat(STRICT.decode(river)).isEqualTo(AtlasFixtures.ili());
    assertThat(((TimelineEntry) STRICT.decode(empty)).parties()).isEmpty();
  }

  @Test
  void textThatIsNeitherJsonNorAStringList_isATypeError() {
    GeoJsonFeature plain = with(AtlasFixtures.agreement1994(), p -> p.put("parties", "China"));
    GeoJsonFeature broken = with(AtlasFixtures.ili(), p -> p.put("figures", "[{\"quantity\": "));

    assertThatThrownBy(() -> STRICT.decode(plain))
        .hasMessageContaining("property \"parties\": expected an array of strings");
    assertThatThrownBy(() -> STRICT.decode(broken))
        .isInstanceOf(AtlasFormatException.class)
        .hasMessageContaining("property \"figures\": text is not a JSON array: malformed JSON");
  }

  @Test
  void ogrDates_areDayPrecise() {
    // OGR prints a Date field as 1998/07/04; a DateTime at midnight also names the day
    for (String spelling :
        new String[] {"1998/07/04", "1998/07/04 00:00:00", "1998-07-04T00:00:00Z"}) {
      GeoJsonFeature f = with(AtlasFixtures.supplementary1998(), p -> p.put("date", spelling));

      TimelineEntry e = (TimelineEntry) STRICT.decode(f);

      assertThat(e.date().toString()).as(spelling).isEqualTo("1998-07-04");
      assertThat(e.date().precision()).isEqualTo(DatePrecision.DAY);
    }
    GeoJsonFeature afternoon =
        with(AtlasFixtures.supplementary1998(), p -> p.put("date", "1998/07/04 15:00:00"));
    assertThatThrownBy(() -> STRICT.decode(afternoon))
        .hasMessageContaining("expected a date yyyy, yyyy-MM or yyyy-MM-dd");
  }

  @Test
  void nullColumnsOfOtherLayers_countAsAbsentEvenWhenStrict() {
    // a GeoPackage table made from a mixed file has every layer's columns on every row
    GeoJsonFeature withNulls =
        with(
            AtlasFixtures.ili(),
            p -> {
              p.put("iso_a3", null);
              p.put("start_chainage_m", null);
            });
    GeoJsonFeature withValue = with(AtlasFixtures.ili(), p -> p.put("iso_a3", "KAZ"));

    assertThat(STRICT.decode(withNulls)).isEqualTo(AtlasFixtures.ili());
    assertThatThrownBy(() -> STRICT.decode(withValue))
        .hasMessageContaining("\"iso_a3\": not a property of layer river");
  }
}
