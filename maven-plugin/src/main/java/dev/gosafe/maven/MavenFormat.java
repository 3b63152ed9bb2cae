package dev.gosafe.maven;

import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;

/** Findings as Maven prints compiler messages: {@code path:[line,col] [ID] message}. */
final class MavenFormat {
  private MavenFormat() {}

  /** {@code /abs/File.java:[14,5] [LockNotReleased] message}; internal errors have no ID. */
  static String finding(Diagnostic d) {
    String id = d.ruleId() == null ? "gosafe internal error: " : "[" + d.ruleId() + "] ";
    return d.file().toAbsolutePath().normalize() + ":[" + d.line() + "," + d.column() + "] " + id
        + d.message();
  }

  /** {@code /abs/File.java:[3] gosafe could not check this file: message}. */
  static String inputError(InputError e) {
    String where = e.line() > 0 ? ":[" + e.line() + "]" : "";
    return e.file().toAbsolutePath().normalize() + where + " gosafe could not check this file: "
        + e.message();
  }
}
