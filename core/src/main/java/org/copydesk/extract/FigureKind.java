package org.copydesk.extract;

/** The sort of number a figure is. */
public enum FigureKind {
  /** A number of things or people: 600 soldiers, thousands of troops. */
  COUNT,
  /** A percentage: 76%, 5 per cent. */
  PERCENT,
  /** An amount of money: $1.13bn, £600m. */
  MONEY,
  /** A span of time: 25-minute, two months. */
  DURATION,
  /** A date or a year: August 2024, 1987. */
  DATE,
  /** A rank or order: third, 2nd. */
  ORDINAL;

  /** The lower-case name used in JSON and the index. */
  @com.fasterxml.jackson.annotation.JsonValue
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
