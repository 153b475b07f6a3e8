package io.github.borderatlas.viewer.timeline;

import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.EntryKind;
import io.github.borderatlas.core.model.Geometries;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Provenance;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;

/**
 * A small atlas for the timeline tests. Dates, places and in-force dates are those of
 * /work/shared/reference/facts.md §1 and §4 (source numbers in each entry); summaries are short
 * placeholders written for the tests.
 */
final class TimelineFixtures {

  /** "Today" for the tests, so the range does not depend on the clock. */
  static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

  private TimelineFixtures() {}

  static TimelineEntry entry(
      String id, String date, EntryKind kind, String title, Validity validity, String... concerns) {
    return new TimelineEntry(
        id,
        PartialDate.parse(date),
        kind,
        title,
        "Test summary of " + title + ".",
        null,
        null,
        List.of("China", "Kazakhstan"),
        List.of(concerns),
        Provenance.fact("facts.md " + id),
        validity);
  }

  /** The entries, deliberately not in date order (the atlas sorts them). */
  static List<TimelineEntry> entries() {
    return List.of(
        // facts.md S24/S26: signed 24 Feb 1881 (Gregorian); the line runs along the Khorgos.
        new TimelineEntry(
            "treaty.1881-st-petersburg",
            PartialDate.parse("1881-02-24"),
            EntryKind.TREATY,
            "Treaty of Saint Petersburg",
            "Test summary <with markup> & more.",
            Optional.of("St Petersburg"),
            Geometries.FACTORY.createPoint(new Coordinate(30.3141, 59.9386)),
            List.of("Russian Empire", "Qing China"),
            List.of("river.khorgos"),
            Provenance.fact("S24 en-academic.com; S26 clyx.com"),
            null),
        // facts.md S20: November 1860, exact day not found.
        entry("treaty.1860-peking", "1860-11", EntryKind.TREATY, "Convention of Peking", null),
        // facts.md S21: 25 Sept / 7 Oct 1864.
        entry(
            "protocol.1864-chuguchak",
            "1864-10-07",
            EntryKind.PROTOCOL,
            "Protocol of Chuguchak",
            null),
        // facts.md S28: 13 August 1969.
        entry(
            "incident.1969-zhalanashkol",
            "1969-08-13",
            EntryKind.INCIDENT,
            "Zhalanashkol incident",
            null),
        // facts.md S5: signed Almaty 26 April 1994; entry into force not found.
        entry(
            "treaty.1994-border-agreement",
            "1994-04-26",
            EntryKind.TREATY,
            "Agreement on the state border",
            null),
        // facts.md S9/S6: signed 4 July 1998; settles points 15-16 (Chogan-Obo) and 48-49.
        entry(
            "treaty.1998-second-supplementary",
            "1998-07-04",
            EntryKind.TREATY,
            "Second Supplementary Agreement",
            null,
            "sector.chogan-obo",
            "sector.points-48-49"),
        // facts.md S12: signed 5 May 1999, in force 15 Jan 2000.
        entry(
            "agreement.1999-tripoint-russia",
            "1999-05-05",
            EntryKind.AGREEMENT,
            "Russia-Kazakhstan-China tripoint agreement",
            Validity.startingOn(LocalDate.of(2000, 1, 15))),
        // facts.md S86/S89: signed 12 Sept 2001, in force 1 Oct 2002.
        entry(
            "water.2001-transboundary-rivers",
            "2001-09-12",
            EntryKind.WATER_AGREEMENT,
            "Agreement on transboundary rivers",
            Validity.startingOn(LocalDate.of(2002, 10, 1)),
            "river.ili"),
        // facts.md S18: signed 20 Dec 2006, in force 25 Dec 2015.
        entry(
            "agreement.2006-border-regime",
            "2006-12-20",
            EntryKind.AGREEMENT,
            "Agreement on the border regime",
            Validity.startingOn(LocalDate.of(2015, 12, 25))),
        // facts.md S91: signed 20 Dec 2006, in force the same day.
        entry(
            "water.2006-data-exchange",
            "2006-12-20",
            EntryKind.WATER_AGREEMENT,
            "Hydrological data exchange",
            Validity.startingOn(LocalDate.of(2006, 12, 20))),
        // facts.md S86: signed 20 Dec 2006; in-force date not given.
        entry(
            "water.2006-research",
            "2006-12-20",
            EntryKind.WATER_AGREEMENT,
            "Research cooperation on transboundary rivers",
            null));
  }

  /** The ids in timeline (stepping) order: by date, same-day entries in the order given. */
  static final List<String> ORDER =
      List.of(
          "treaty.1860-peking",
          "protocol.1864-chuguchak",
          "treaty.1881-st-petersburg",
          "incident.1969-zhalanashkol",
          "treaty.1994-border-agreement",
          "treaty.1998-second-supplementary",
          "agreement.1999-tripoint-russia",
          "water.2001-transboundary-rivers",
          "agreement.2006-border-regime",
          "water.2006-data-exchange",
          "water.2006-research");

  static Atlas atlas() {
    Atlas.Builder b = Atlas.builder();
    entries().forEach(b::timelineEntry);
    b.river(
        new River(
            "river.khorgos",
            Names.of("Khorgos", "Қорғас", "霍尔果斯河", "Хоргос"),
            Geometries.FACTORY.createLineString(
                new Coordinate[] {new Coordinate(80.45, 44.6), new Coordinate(80.52, 43.82)}),
            Optional.of("river.ili"),
            true,
            null,
            Provenance.fact("test"),
            null));
    b.disputedSector(
        new DisputedSector(
            "sector.chogan-obo",
            Names.english("Chogan-Obo"),
            Optional.of("15–16"),
            Optional.of("treaty.1998-second-supplementary"),
            null,
            null,
            null,
            null,
            Provenance.fact("test"),
            null));
    return b.build();
  }

  static TimelineModel model() {
    return new TimelineModel(atlas(), TODAY);
  }
}
