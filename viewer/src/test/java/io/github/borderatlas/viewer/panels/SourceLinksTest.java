package io.github.borderatlas.viewer.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.Bibliography;
import io.github.borderatlas.core.model.Source;
import io.github.borderatlas.geodata.ChinaKazakhstan;
import io.github.borderatlas.viewer.timeline.EntryDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Readers see source titles with links; ids and codes wait under the "Details" toggle. */
class SourceLinksTest {

  private static final Atlas BUNDLED = ChinaKazakhstan.atlas();

  @Test
  void identifyPanelLeadsWithNameAndSourceTitleNotTheId() {
    DetailsPanel panel = new DetailsPanel(BUNDLED);
    // lake.alakol cites "S84 en.wikipedia.org/wiki/Lake_Alakol" (lakes.geojson figures) and its
    // outline GSHHG; the bibliography's GSHHG record has the title below (sources.json)
    assertThat(panel.showFeature("lake.alakol")).isTrue();
    String collapsed = HtmlPane.visible(panel.html(), false);
    int name = collapsed.indexOf("Alakol");
    int title = collapsed.indexOf("GSHHG 2.3.7: Global Self-consistent");
    assertThat(name).isGreaterThanOrEqualTo(0);
    assertThat(title).isGreaterThan(name);
    assertThat(collapsed)
        .doesNotContain("lake.alakol")
        .doesNotContain("S84 en.wikipedia.org")
        .contains("<a href=\"https://en.wikipedia.org/wiki/Lake_Alakol\">Lake Alakol</a>")
        .contains(">Details</a>");
    String expanded = HtmlPane.visible(panel.html(), true);
    assertThat(expanded).contains("lake.alakol").contains("S84").contains("Hide details");
  }

  @Test
  void borderFiguresShowTheSourceTitleOfThePublishedLength() {
    // the published total 1,782.75 km cites facts.md S1, the English Wikipedia article
    // "China–Kazakhstan border" (figures.json, sources.json)
    String collapsed =
        HtmlPane.visible(
            BorderCharts.lengthTable(
                io.github.borderatlas.core.analysis.LengthReconciliation.of(BUNDLED),
                BUNDLED.bibliography()),
            false);
    assertThat(collapsed)
        .contains(">China–Kazakhstan border</a> (Wikipedia (English))")
        .doesNotContain("facts.md S1");
    String water =
        HtmlPane.visible(
            FigureTable.html(
                BUNDLED
                    .find("river.ili", io.github.borderatlas.core.model.River.class)
                    .orElseThrow()
                    .figures()
                    .all(),
                BUNDLED.bibliography()),
            false);
    // river.length 1439 km cites S70 (GeoLookup "Ili") and S71 (Water Wiki "Ili River")
    assertThat(water)
        .contains(">Ili River</a> (Water Wiki (water.wikia.com))")
        .doesNotContain("S70 ");
  }

  @Test
  void aCitationWithoutARecordIsShownAsWritten() {
    Bibliography bib = Bibliography.empty();
    assertThat(SourceLinks.html("a <b> note", bib)).isEqualTo("a &lt;b&gt; note");
  }

  @Test
  void aSourceWithoutAddressIsATitleWithoutLink() {
    Source noUrl =
        new Source(
            "S75",
            "article-newspaper",
            "Tengrinews item",
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "und",
            "",
            "stored without an address",
            List.of());
    String html = SourceLinks.html("S75 Tengrinews", Bibliography.of(List.of(noUrl)));
    assertThat(html).startsWith("[Tengrinews item]").doesNotContain("<a ");
  }

  @Test
  void timelineEntryDetailsShowTitlesAndHideTheCitationCodes() {
    var entry =
        BUNDLED.timeline().stream()
            .filter(e -> e.provenance().source().contains("S13"))
            .findFirst()
            .orElseThrow();
    String collapsed = HtmlPane.visible(EntryDetails.html(entry, BUNDLED), false);
    // S13: the 1999 tripoint agreement on Chinese Wikisource (sources.json title)
    assertThat(collapsed).contains("關於確定三國國界交界點的協定").doesNotContain("facts.md S13");
  }

  @Test
  void theToggleShowsAndHidesTheDetailsInThePane() {
    HtmlPane pane = new HtmlPane();
    pane.setHtml("Name" + HtmlPane.details("Id: <code>x.y</code>"));
    assertThat(pane.detailsShown()).isFalse();
    assertThat(pane.getText()).doesNotContain("x.y");
    pane.follow(HtmlPane.TOGGLE);
    assertThat(pane.detailsShown()).isTrue();
    assertThat(pane.getText()).contains("x.y");
    pane.follow("https://example.org/a");
    assertThat(pane.lastLink()).isEqualTo("https://example.org/a");
  }
}
