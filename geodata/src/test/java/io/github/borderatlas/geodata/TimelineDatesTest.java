package io.github.borderatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.borderatlas.core.model.TimelineEntry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each timeline entry's date equals the sourced one, at its sourced precision ({@code yyyy}, {@code
 * yyyy-MM} or {@code yyyy-MM-dd}). The comment on each row names where the date comes from (a
 * source number of shared/reference/facts.md, or a reference of the seed article).
 */
class TimelineDatesTest {

  static Stream<Arguments> sourcedDates() {
    return Stream.of(
        // facts.md §1, S20: "November 1860", exact day NOT FOUND -> month precision
        arguments("treaty.1860-peking", "1860-11"),
        // facts.md §1, S23: commission met at Tacheng on 13 May 1861; survey began 11 July 1862
        arguments("event.1861-border-commission", "1861-05-13"),
        arguments("event.1862-survey-begins", "1862-07-11"),
        // facts.md §1, S21-S23: 25 Sept (O.S.) / 7 Oct 1864 -> the Gregorian day
        arguments("protocol.1864-chuguchak", "1864-10-07"),
        // facts.md §1, S22: ground demarcation began 1869-1870
        arguments("event.1869-demarcation-begins", "1869"),
        // facts.md §1, S1: Treaty of Uliassutai (1870)
        arguments("treaty.1870-uliassutai", "1870"),
        // 'Ili basin ... occupied by Russia' (defence.pk, quoting an encyclopedia): July 1871
        arguments("event.1871-russian-occupation-of-ili", "1871-07"),
        // 'Second East Turkestan Republic' (en-wiki mirrors, dewiki): 12 November 1944
        arguments("event.1944-east-turkestan-republic", "1944-11-12"),
        // facts.md §1, S24/S25: 12 Feb (O.S.) / 24 Feb 1881 -> the Gregorian day
        arguments("treaty.1881-saint-petersburg", "1881-02-24"),
        // facts.md §1, S1: later protocols 1882-1884, dates NOT FOUND -> first year
        arguments("protocol.1882-later-protocols", "1882"),
        // treaty-line.md T11: description of 23 Aug 1883
        arguments("protocol.1883-ak-kaba-alkabek", "1883-08-23"),
        // facts.md §1, S1: 1915 agreement
        arguments("agreement.1915-ili-delimitation", "1915"),
        // facts.md §1, S31: Time, 20 June 1969 reports a June clash
        arguments("incident.1969-dzungarian-gate", "1969-06"),
        // facts.md §1, S28-S30: 13 August 1969 (S7 says 23 Aug: weak, kept in the summary)
        arguments("incident.1969-zhalanashkol", "1969-08-13"),
        // facts.md §1, S2/S32: diplomatic relations 3 January 1992
        arguments("relations.1992-diplomatic-relations", "1992-01-03"),
        // facts.md §1, S8: 8 Sept 1992 joint delegation
        arguments("agreement.1992-joint-delegation", "1992-09-08"),
        // facts.md §1, S5: signed Almaty 26 April 1994; Decree No. 2331 of 15 June 1995
        arguments("treaty.1994-border-agreement", "1994-04-26"),
        arguments("ratification.1995-kz-decree-2331", "1995-06-15"),
        // facts.md §1, S10/S11: Supplementary Agreement 24 Sept 1997; Law No. 352-I 24 March 1999
        arguments("treaty.1997-supplementary", "1997-09-24"),
        arguments("ratification.1999-kz-law-352", "1999-03-24"),
        // facts.md §1, S9/S6: Second Supplementary Agreement 4 July 1998; Law No. 351-I 24 Mar 1999
        arguments("treaty.1998-second-supplementary", "1998-07-04"),
        arguments("ratification.1999-kz-law-351", "1999-03-24"),
        // facts.md §1, S14: RF Government Decree No. 1186 of 12 Oct 1998
        arguments("event.1998-ru-approves-tripoint-draft", "1998-10-12"),
        // facts.md §1, S12/S13: tripoint agreement Almaty 5 May 1999; Law No. 3-II 30 Dec 1999
        arguments("agreement.1999-tripoint-cn-ru-kz", "1999-05-05"),
        arguments("ratification.1999-kz-law-3-ii", "1999-12-30"),
        // facts.md §1, S15/S16: China-Kyrgyzstan-Kazakhstan tripoint agreement 25 Aug 1999
        arguments("agreement.1999-tripoint-cn-kg-kz", "1999-08-25"),
        // facts.md §1, S17: demarcation protocol Beijing 10 May 2002; Law No. 469-II 4 July 2003
        arguments("protocol.2002-demarcation", "2002-05-10"),
        arguments("ratification.2003-kz-law-469-ii", "2003-07-04"),
        // facts.md §1, S18: border regime Beijing 20 Dec 2006; Law No. 371-V 29 Oct 2015
        arguments("agreement.2006-border-regime", "2006-12-20"),
        arguments("ratification.2015-kz-law-371-v", "2015-10-29"),
        // facts.md §1, S19: "Nov 2012" statement
        arguments("event.2012-delimitation-finished", "2012-11"),
        // facts.md §4, S86-S89: 12 Sept 2001 Astana; Resolution No. 989 of 10 Sept 2002
        arguments("water.2001-transboundary-rivers", "2001-09-12"),
        arguments("ratification.2002-kz-resolution-989", "2002-09-10"),
        // facts.md §4, S86-S88: 4 July 2005 Astana; 20 Dec 2006 Beijing (two agreements, S91)
        arguments("water.2005-emergency-notification", "2005-07-04"),
        arguments("water.2006-research-cooperation", "2006-12-20"),
        arguments("water.2006-hydrological-data", "2006-12-20"),
        // facts.md §4, S92: 22 Feb 2011 Beijing; Resolution No. 1114 of 30 Sept 2011
        arguments("water.2011-water-quality", "2011-02-22"),
        arguments("ratification.2011-kz-resolution-1114", "2011-09-30"),
        // facts.md §4, S86-S88: 13 June 2011 Astana
        arguments("water.2011-environmental-protection", "2011-06-13"),
        // facts.md §4, S94: ground broken 15 April 2011; S39: operating early July 2013
        arguments("infrastructure.2011-dostyk-waterworks-ground-broken", "2011-04-15"),
        arguments("infrastructure.2013-dostyk-waterworks-operational", "2013-07"),
        // facts.md §4, S93: 7 Sept 2013 Astana, Dostyk waterworks
        arguments("water.2013-dostyk-waterworks", "2013-09-07"),
        // facts.md §4, S90: working group on apportioning water since 2014
        arguments("event.2014-water-apportionment-working-group", "2014"),
        // facts.md §4, S95/S96: Chukurbulak agreement June 2017, ratified June 2018
        arguments("water.2017-chukurbulak-dam", "2017-06"),
        arguments("ratification.2018-chukurbulak", "2018-06"),
        // facts.md §4, S44: Nov 2017 Sumbe intake (news item of 21 Nov 2017)
        arguments("water.2017-sumbe-intake", "2017-11"),
        // facts.md §4, S54: first water-cooperation MoU in March 2025
        arguments("water.2025-mou", "2025-03"),
        // facts.md §4, S67-S69: canal built from 1962, in use 1968, completed 1974
        arguments("infrastructure.1962-irtysh-karaganda-canal", "1962"),
        arguments("infrastructure.1968-irtysh-karaganda-canal-in-use", "1968"),
        arguments("infrastructure.1974-irtysh-karaganda-canal-completed", "1974"),
        // facts.md §4, S71/S72: Kapchagay dam built from 1965
        arguments("infrastructure.1965-kapchagay-dam", "1965"),
        // facts.md §4, S63/S64: canal approved 2000, water reached Karamay 2008
        arguments("infrastructure.2000-irtysh-karamay-canal-approved", "2000"),
        arguments("infrastructure.2008-irtysh-karamay-canal-water", "2008"),
        // facts.md §3, S49: Port of Khorgos reopened 16 Nov 1983, third countries Aug 1992
        arguments("infrastructure.1983-khorgos-port-reopens", "1983-11-16"),
        arguments("infrastructure.1992-khorgos-third-country", "1992-08"),
        // facts.md §3, S43/S43b: rail link completed 12 Sept 1990, opened 20 July 1991
        arguments("infrastructure.1990-dostyk-rail-link", "1990-09-12"),
        arguments("infrastructure.1991-dostyk-rail-opens", "1991-07-20"),
        // facts.md §3, S46b: Altynkol opened December 2013 (S47 says Dec 2012: weak)
        arguments("infrastructure.2013-altynkol-rail", "2013-12"),
        // facts.md §3, S41: Maikapchagai and Kolzhat closed in 2021
        arguments("event.2021-crossings-closed", "2021"),
        // facts.md §5, S47/S49/S97: ICBC agreement Sept 2004, construction 2006, open April 2012
        arguments("agreement.2004-khorgos-icbc", "2004-09"),
        arguments("infrastructure.2006-khorgos-icbc-construction", "2006"),
        arguments("infrastructure.2012-khorgos-icbc-opens", "2012-04"),
        // facts.md §5, S45b: Khorgos-Eastern Gate established 2011
        arguments("infrastructure.2011-khorgos-eastern-gate", "2011"),
        // facts.md §5, S99: Horgos city established 26 Sept 2014
        arguments("event.2014-horgos-city", "2014-09-26"),
        // facts.md §5, S100: dry port first stage December 2015
        arguments("infrastructure.2015-khorgos-gateway-dry-port", "2015-12"),
        // facts.md §5: S45b gives "in 2017", S47 "15 May" without the year -> year precision
        arguments("event.2017-cosco-stake-khorgos-gateway", "2017"),
        // RFE/RL rferl.org/a/1080434.html and PA-X agreement 531: signed in Shanghai 26 April 1996
        arguments("relations.1996-shanghai-five", "1996-04-26"),
        // CIS Legislation rgn=3872 and RFE/RL rferl.org/a/1084617.html: Moscow, 24 April 1997
        arguments("agreement.1997-border-forces-reduction", "1997-04-24"),
        // seed ref. [29] (Zhao 2016): 1997 pipeline agreement
        arguments("relations.1997-oil-pipeline", "1997"),
        // seed ref. [27]: CNPC bought PetroKazakhstan in 2005
        arguments("relations.2005-petrokazakhstan", "2005"),
        // seed ref. [31]: 2009 loan
        arguments("relations.2009-loan", "2009"),
        // seed ref. [32] gives 2013; the day: the speech's text (china.usc.edu), "Astana, 7
        // September
        // 2013", and china.org.cn's report
        arguments("relations.2013-belt-and-road-speech", "2013-09-07"),
        // seed ref. [33]: 16 October 2013
        arguments("relations.2013-parliaments-mou", "2013-10-16"),
        // seed ref. [34]: 2015-2017
        arguments("relations.2015-cooperation-zones", "2015"),
        // seed refs. [35]-[37]: the embassy's warning of 9 July 2020
        arguments("relations.2020-embassy-pneumonia", "2020-07-09"),
        // seed ref. [39]: trade in 2022
        arguments("relations.2022-trade", "2022"),
        // seed ref. [63]: visa-free in May 2023, citizenship data in October 2023
        arguments("relations.2023-visa-free", "2023-05"),
        arguments("relations.2023-citizenship-data", "2023-10"),
        // seed ref. [23] (Peyrouse 2016): shop-tourism agreement in 1991
        arguments("relations.1991-shop-tourism", "1991"),
        // seed ref. [54]: August 1992; CCTV: signed during the visit of 7-10 August (no day)
        arguments("agreement.1992-cultural-cooperation", "1992-08"),
        // seed, Modern bilateral relations (no ref.): the 1993 visit
        arguments("relations.1993-state-visit", "1993"),
        // seed, Cultural ties (no ref.): 5-8 November 2013 -> the first day
        arguments("event.2013-kazakhstan-culture-days", "2013-11-05"),
        // seed ref. [53]: 2017 the year of tourism
        arguments("relations.2017-tourism-year", "2017"),
        // seed refs. [49]/[50] (Kazinform, RFE/RL of 14 April 2020)
        arguments("relations.2020-sohu-article-protest", "2020-04-14"),
        // seed ref. [42]: 28 March 2023
        arguments("relations.2023-xinjiang-cross-border-dialogue", "2023-03-28"));
  }

  @ParameterizedTest(name = "{0} is dated {1}")
  @MethodSource("sourcedDates")
  void entryHasTheSourcedDateAtItsPrecision(String id, String expected) {
    TimelineEntry entry =
        ChinaKazakhstan.atlas()
            .find(id, TimelineEntry.class)
            .orElseThrow(() -> new AssertionError("no timeline entry " + id));
    assertThat(entry.date().toString()).isEqualTo(expected);
  }

  @Test
  void everyTimelineEntryIsListedAbove() {
    List<String> listed = sourcedDates().map(a -> (String) a.get()[0]).toList();
    List<String> ids = ChinaKazakhstan.atlas().timeline().stream().map(TimelineEntry::id).toList();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(listed);
  }
}
