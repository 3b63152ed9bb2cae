package dev.gosafe.checker.cli;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Severity;
import java.nio.file.Path;
import java.util.Locale;

/** The text format: one line per finding, input errors, and the summary line. */
final class TextReport {
  private TextReport() {}

  /** {@code path:line:col: severity: [ID] message} (internal errors have no ID). */
  static String finding(Diagnostic d, Path cwd) {
    String sev = d.severity().name().toLowerCase(Locale.ROOT);
    String id = d.ruleId() == null ? "" : "[" + d.ruleId() + "] ";
    return SourceFiles.display(d.file(), cwd) + ":" + d.line() + ":" + d.column() + ": " + sev
        + ": " + id + d.message();
  }

  /** {@code path:line: error: message}, or {@code path: error: message} without a line. */
  static String inputError(InputError e, Path cwd) {
    String where = SourceFiles.display(e.file(), cwd) + (e.line() > 0 ? ":" + e.line() : "");
    return where + ": error: " + e.message();
  }

  /**
   * E.g. {@code gosafe: 3 findings (2 warnings, 1 error) in 12 files; 1 file could not be
   * checked}.
   */
  static String summary(CheckResult r, int fileCount) {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    int internal = 0;
    for (Diagnostic d : r.findings()) {
      if (d.ruleId() == null) {
        internal++;
      } else if (d.severity() == Severity.ERROR) {
        errors++;
      } else if (d.severity() == Severity.WARNING) {
        warnings++;
      } else {
        notes++;
      }
    }
    int total = errors + warnings + notes;
    StringBuilder s = new StringBuilder("gosafe: ");
    if (total == 0) {
      s.append("no findings");
    } else {
      s.append(plural(total, "finding")).append(" (");
      StringBuilder parts = new StringBuilder();
      if (warnings > 0) {
        parts.append(plural(warnings, "warning"));
      }
      if (errors > 0) {
        parts.append(parts.isEmpty() ? "" : ", ").append(plural(errors, "error"));
      }
      if (notes > 0) {
        parts.append(parts.isEmpty() ? "" : ", ").append(plural(notes, "note"));
      }
      s.append(parts).append(')');
    }
    s.append(" in ").append(plural(fileCount, "file"));
    if (internal > 0) {
      s.append("; ").append(plural(internal, "internal error"));
    }
    long unchecked = r.inputErrors().stream().map(InputError::file).distinct().count();
    if (unchecked > 0) {
      s.append("; ").append(unchecked).append(unchecked == 1 ? " file" : " files")
          .append(" could not be checked");
    }
    return s.toString();
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
