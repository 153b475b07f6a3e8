package io.github.borderatlas.core.analysis;

import io.github.borderatlas.core.io.geojson.ReadNote;

/**
 * Turns the reader's {@link ReadNote}s into {@link Finding}s: a {@code crs} naming CRS84 becomes
 * {@link FindingCodes#CRS_MEMBER}, a warning; every other note an error with the same code ({@link
 * FindingCodes#BBOX_INVALID}, {@link FindingCodes#BBOX_NOT_CONTAINING}, {@link
 * FindingCodes#MISSING_MEMBER}, {@link FindingCodes#RING_NOT_CLOSED}, {@link
 * FindingCodes#CRS_NOT_CRS84}). The note's line:column and JSON path become the finding's input
 * place. Thread-safe: stateless.
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
    return note.code().equals(ReadNote.CRS)
        ? Finding.warning(FindingCodes.CRS_MEMBER, at, note.message())
        : Finding.error(note.code(), at, note.message());
  }
}
