package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.io.geojson.ReadNote;

/**
 * Turns the reader's {@link ReadNote}s into {@link Finding}s: the same code (a {@code crs} naming
 * CRS84 becomes {@link FindingCodes#CRS_MEMBER}, a warning; the rest are errors), the note's
 * message, and its line:column and JSON path as the finding's input place. Thread-safe: stateless.
 */
final class NoteFindings {

  private NoteFindings() {}

  static Finding of(ReadNote note, FindingLocation where) {
    String place =
        note.line()
            + ":"
            + note.column()
            + (note.jsonPath() == null ? "" : " at " + note.jsonPath());
    FindingLocation at = where.inInput(place);
    switch (note.code()) {
      case ReadNote.CRS:
        return Finding.warning(FindingCodes.CRS_MEMBER, at, note.message());
      case ReadNote.BBOX_INVALID:
        return Finding.error(FindingCodes.BBOX_INVALID, at, note.message());
      case ReadNote.BBOX_NOT_CONTAINING:
        return Finding.error(FindingCodes.BBOX_NOT_CONTAINING, at, note.message());
      case ReadNote.MISSING_MEMBER:
        return Finding.error(FindingCodes.MISSING_MEMBER, at, note.message());
      case ReadNote.RING_NOT_CLOSED:
        return Finding.error(FindingCodes.RING_NOT_CLOSED, at, note.message());
      case ReadNote.CRS_NOT_CRS84:
        return Finding.error(FindingCodes.CRS_NOT_CRS84, at, note.message());
      default:
        return Finding.error(note.code(), at, note.message());
    }
  }
}
