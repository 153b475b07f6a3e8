package io.github.borderatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BibliographyTest {

  static Source source(String id, String title, List<String> aliases) {
    return new Source(
        id,
        "webpage",
        title,
        true,
        Optional.of("Site"),
        Optional.of("https://example.org/" + id),
        Optional.empty(),
        Optional.empty(),
        "en",
        "a test",
        "",
        aliases);
  }

  private static final Bibliography BIB =
      Bibliography.of(
          List.of(
              source("S1", "One", List.of()),
              source("S13", "Thirteen", List.of()),
              source("S45b", "Forty-five b", List.of()),
              source("gshhg", "GSHHG", List.of("GSHHG 2.3.7"))));

  @Test
  void citeFindsIdsInFreeTextInOrderOfAppearance() {
    Bibliography.Citation c =
        BIB.cite("facts.md S13 zh.wikisource.org/…/协定; S1 en.wikipedia.org/wiki/X; S13 again");
    assertThat(c.ids()).containsExactly("S13", "S1");
    assertThat(c.isResolved()).isTrue();
  }

  @Test
  void idsMustStandAloneAndKeepTheirLetter() {
    // "S130" and "xS1" are not S1 or S13; "S45b" is not "S45"
    Bibliography.Citation c = BIB.cite("S130 xS1 S45b");
    assertThat(c.ids()).containsExactly("S45b");
    assertThat(c.unknownIds()).containsExactly("S130");
    assertThat(c.isResolved()).isFalse();
  }

  @Test
  void aliasesResolveDatasetsNamedWithoutAnId() {
    Bibliography.Citation c = BIB.cite("GSHHG 2.3.7 (Wessel & Smith), Debian gmt-gshhg-full");
    assertThat(c.ids()).containsExactly("gshhg");
  }

  @Test
  void aCitationNamingNothingIsUnresolved() {
    Bibliography.Citation c = BIB.cite("general knowledge");
    assertThat(c.sources()).isEmpty();
    assertThat(c.isResolved()).isFalse();
  }

  @Test
  void duplicateIdsAreRejected() {
    assertThatThrownBy(
            () ->
                Bibliography.of(
                    List.of(source("S1", "a", List.of()), source("S1", "b", List.of()))))
        .hasMessageContaining("duplicate source id \"S1\"");
  }

  @Test
  void shortenedAddressesAreRejected() {
    assertThatThrownBy(
            () ->
                new Source(
                    "S8",
                    "webpage",
                    "t",
                    true,
                    Optional.empty(),
                    Optional.of("https://mfa.gov.kz/…/x"),
                    Optional.empty(),
                    Optional.empty(),
                    "en",
                    "",
                    "",
                    List.of()))
        .hasMessageContaining("shortened address");
  }

  @Test
  void displayTitleBracketsADescription() {
    Source described =
        new Source(
            "S5",
            "legislation",
            "Decree No. 2331",
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.of(PartialDate.parse("1995-06-15")),
            Optional.empty(),
            "kk",
            "",
            "",
            List.of());
    assertThat(described.displayTitle()).isEqualTo("[Decree No. 2331]");
    assertThat(described.shortCitation()).isEqualTo("[Decree No. 2331], 1995-06-15.");
    assertThat(BIB.find("S1").orElseThrow().shortCitation())
        .isEqualTo("One. Site. https://example.org/S1");
  }

  @Test
  void theAtlasCarriesItsBibliographyThroughCopies() {
    Atlas atlas = Atlas.builder().bibliography(BIB).build();
    assertThat(atlas.bibliography()).isSameAs(BIB);
    assertThat(atlas.toBuilder().build().bibliography()).isSameAs(BIB);
    assertThat(atlas.asOf(java.time.LocalDate.of(2000, 1, 1)).bibliography()).isSameAs(BIB);
    assertThat(Atlas.builder().build().bibliography().isEmpty()).isTrue();
  }
}
