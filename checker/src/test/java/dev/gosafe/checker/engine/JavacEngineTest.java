package dev.gosafe.checker.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavacEngineTest {

  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  private static JavacEngine probeEngine() {
    return new JavacEngine(List.of(), Map.of(), List.of("EngineProbe"));
  }

  private static final String[] PROBED = {
      "class Probed {",
      "  static void probeMe() {}",
      "  void run() {",
      "    probeMe();",
      "  }",
      "}"};

  @Test
  void reportsPluginFindingsWithRuleIdPositionAndCleanMessage() throws IOException {
    Path f = write("Probed.java", PROBED);
    CheckResult r = probeEngine().check(List.of(f));
    assertEquals(List.of(), r.inputErrors());
    assertEquals(1, r.findings().size(), r.toString());
    Diagnostic d = r.findings().get(0);
    assertEquals(f, d.file());
    assertEquals(4, d.line());
    // Error Prone reports a call tree at its parenthesis (checks report at Finding.pos() offsets)
    assertEquals(12, d.column());
    assertEquals("EngineProbe", d.ruleId());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("probeMe runs here; remove the call", d.message());
    assertEquals("javac", d.engine());
    assertEquals(List.of(), d.flow());
  }

  @Test
  void errorPronesOwnChecksAreOff() throws IOException {
    // DeadException (an Error Prone ERROR by default) would fire on this line if EP's checks ran.
    Path f = write("Dead.java",
        "class Dead {",
        "  void f() { new IllegalStateException(\"x\"); }",
        "}");
    CheckResult r = probeEngine().check(List.of(f));
    assertEquals(List.of(), r.findings());
    assertEquals(List.of(), r.inputErrors());
  }

  @Test
  void nonCompilingFileIsAnInputErrorAndOthersAreStillChecked() throws IOException {
    Path bad = write("Bad.java", "class Bad {", "  void f() { int x = \"no\"; }", "}");
    Path good = write("Probed.java", PROBED);
    CheckResult r = probeEngine().check(List.of(bad, good));
    assertEquals(1, r.inputErrors().size(), r.toString());
    InputError e = r.inputErrors().get(0);
    assertEquals(bad, e.file());
    assertEquals(2, e.line());
    assertTrue(e.message().contains("incompatible types"), e.message());
    assertEquals(1, r.findings().size(), r.toString());
    assertEquals(good, r.findings().get(0).file());
  }

  @Test
  void missingFileIsAnInputError() throws IOException {
    Path missing = dir.resolve("Nope.java");
    Path good = write("Probed.java", PROBED);
    CheckResult r = probeEngine().check(List.of(missing, good));
    assertEquals(List.of(new InputError(missing, 0, "file not found")), r.inputErrors());
    assertEquals(1, r.findings().size());
  }

  @Test
  void runtimeIsOnTheClassPath() throws IOException {
    Path f = write("UsesRuntime.java",
        "import dev.gosafe.Mutex;",
        "class UsesRuntime {",
        "  final Mutex mu = new Mutex();",
        "}");
    CheckResult r = probeEngine().check(List.of(f));
    assertEquals(List.of(), r.inputErrors());
  }

  @Test
  void severityOverrideErrorIsReportedAsError() throws IOException {
    // a real rule at ERROR must not turn the file into an input error (only compile errors do)
    JavacEngine e = new JavacEngine(List.of(), Map.of("LockNotReleased", "ERROR"));
    Path f = write("Plain.java", "class Plain {}");
    CheckResult r = e.check(List.of(f));
    assertEquals(List.of(), r.inputErrors());
  }

  @Test
  void badOverridesAreRejectedNamingTheProblem() {
    IllegalArgumentException a = assertThrows(IllegalArgumentException.class,
        () -> new JavacEngine(List.of(), Map.of("NoSuchRule", "ERROR")));
    assertTrue(a.getMessage().contains("NoSuchRule"));
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
        () -> new JavacEngine(List.of(), Map.of("LostCancel", "LOUD")));
    assertTrue(b.getMessage().contains("LOUD"));
  }

  @Test
  void parseStripsRulePrefixAndDocsLink() {
    var p = JavacEngine.parse(
        "[LostCancel] ctx is never cancelled; cancel it.\n    (see https://x/LostCancel.md)",
        List.of());
    assertEquals("LostCancel", p.ruleId());
    assertEquals("ctx is never cancelled; cancel it.", p.message());
    var internal = JavacEngine.parse("[LockNotReleased] gosafe internal error in A.f: boom",
        List.of());
    assertEquals(null, internal.ruleId());
    assertTrue(internal.internal());
    var lint = JavacEngine.parse("[removal] Thread.stop is deprecated", List.of());
    assertEquals(null, lint.ruleId());
    assertFalse(lint.internal());
  }

  @Test
  void progressCountsAnalysedFiles() throws IOException {
    Path a = write("A.java", "class A {}");
    Path b = write("B.java", "class B { A a; }");
    List<Integer> seen = new java.util.ArrayList<>();
    probeEngine().onProgress(seen::add).check(List.of(a, b));
    assertEquals(List.of(1, 2), seen);
  }

  @Test
  void nameIsJavac() {
    assertEquals("javac", new JavacEngine(List.of(), Map.of()).name());
  }

  @Test
  void moduleInfoIsLeftOutSoTheOtherFilesAreStillChecked() throws IOException {
    Path module = write("module-info.java", "module app { requires some.missing.module; }");
    Path f = write("app/Probed.java", "package app;", String.join("\n", PROBED));
    CheckResult r = probeEngine().check(List.of(module, f));
    assertEquals(List.of(), r.inputErrors());
    assertEquals(1, r.findings().size(), r.toString());
    assertEquals(f, r.findings().get(0).file());
  }
}
