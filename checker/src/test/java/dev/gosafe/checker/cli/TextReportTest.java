package dev.gosafe.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  static final Path CWD = Path.of("/repo");

  static Diagnostic d(Severity s, String rule) {
    return new Diagnostic(Path.of("/repo/src/A.java"), 3, 7, s, rule, "m happens; fix it", "javac",
        List.of());
  }

  @Test
  void findingLine() {
    assertEquals("src/A.java:3:7: warning: [LostCancel] m happens; fix it",
        TextReport.finding(d(Severity.WARNING, "LostCancel"), CWD));
    assertEquals("src/A.java:3:7: error: [LostCancel] m happens; fix it",
        TextReport.finding(d(Severity.ERROR, "LostCancel"), CWD));
    assertEquals("/elsewhere/B.java:1:1: warning: gosafe internal error",
        TextReport.finding(new Diagnostic(Path.of("/elsewhere/B.java"), 1, 1, Severity.WARNING,
            null, "gosafe internal error", "javac", List.of()), CWD));
  }

  @Test
  void inputErrorLine() {
    assertEquals("src/A.java:2: error: ';' expected",
        TextReport.inputError(new InputError(Path.of("/repo/src/A.java"), 2, "';' expected"), CWD));
    assertEquals("nope: error: no such file or folder",
        TextReport.inputError(new InputError(Path.of("/repo/nope"), 0, "no such file or folder"),
            CWD));
  }

  @Test
  void summaries() {
    assertEquals("gosafe: no findings in 1 file",
        TextReport.summary(new CheckResult(List.of(), List.of()), 1));
    assertEquals("gosafe: 3 findings (2 warnings, 1 error) in 12 files; 1 file could not be checked",
        TextReport.summary(new CheckResult(
            List.of(d(Severity.WARNING, "LostCancel"), d(Severity.ERROR, "DoubleLock"),
                d(Severity.WARNING, "LeakedTask")),
            List.of(new InputError(Path.of("/repo/B.java"), 0, "file not found"))), 12));
  }

  @Test
  void failOnIgnoresInternalErrors() {
    Diagnostic internal = new Diagnostic(Path.of("/repo/A.java"), 1, 1, Severity.WARNING, null,
        "gosafe internal error", "javac", List.of());
    assertFalse(Main.failing(List.of(internal), "warning"));
    assertTrue(Main.failing(List.of(d(Severity.WARNING, "LostCancel")), "warning"));
    assertFalse(Main.failing(List.of(d(Severity.WARNING, "LostCancel")), "error"));
    assertTrue(Main.failing(List.of(d(Severity.ERROR, "LostCancel")), "error"));
    assertFalse(Main.failing(List.of(d(Severity.ERROR, "LostCancel")), "never"));
  }
}
