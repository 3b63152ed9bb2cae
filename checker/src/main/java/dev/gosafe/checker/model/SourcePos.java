package dev.gosafe.checker.model;

/**
 * A position in a source file: 1-based line and column, and the 0-based character offset of the
 * start of the construct (what a front end needs to report a diagnostic there).
 */
public record SourcePos(int line, int column, int offset) {
  /** A position for synthetic constructs that have none. */
  public static final SourcePos NONE = new SourcePos(0, 0, -1);

  public boolean isKnown() {
    return offset >= 0;
  }
}
