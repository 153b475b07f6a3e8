package io.github.borderatlas.core.model;

/** Categories of timeline entries. */
public enum EntryKind {
  /** A boundary treaty, convention or supplementary agreement. */
  TREATY,
  /** A protocol (delimitation, demarcation). */
  PROTOCOL,
  /** Another intergovernmental agreement (border regime, tripoints, trade). */
  AGREEMENT,
  /** An agreement on transboundary rivers or water works. */
  WATER_AGREEMENT,
  /** A ratification or entry into force. */
  RATIFICATION,
  /** An armed incident or clash. */
  INCIDENT,
  /** Infrastructure opened: railways, crossings, the Khorgos centre, canals. */
  INFRASTRUCTURE,
  /** A milestone of bilateral relations (diplomatic relations, SCO, pipelines, visas). */
  RELATIONS,
  /** Any other event. */
  EVENT
}
