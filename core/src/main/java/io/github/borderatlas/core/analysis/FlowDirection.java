package io.github.borderatlas.core.analysis;

/** Which way a river crosses the border, judged from its upstream and downstream parts. */
public enum FlowDirection {
  /** The part upstream of the first crossing is in China, downstream of the last in Kazakhstan. */
  CHINA_TO_KAZAKHSTAN,
  /** The reverse: upstream in Kazakhstan, downstream in China. */
  KAZAKHSTAN_TO_CHINA,
  /** It crosses, but the sides could not be told apart (or both ends lie on one side). */
  UNDETERMINED,
  /** It does not cross the border. */
  NO_CROSSING
}
