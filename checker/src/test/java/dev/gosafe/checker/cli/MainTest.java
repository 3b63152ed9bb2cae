package dev.gosafe.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code gosafe check}: exit codes, text output, input errors. */
class MainTest {

  @TempDir Path dir;

  /** One run's exit code and streams. */
  record Run(int code, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir, false);
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  void write(String path, String... lines) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
  }

  /** A lock not released when write.run() throws (line 8). */
  void writeLeakyStore(String path) throws IOException {
    write(path,
        "import dev.gosafe.Mutex;",
        "",
        "class Store {",
        "  private final Mutex mu = new Mutex();",
        "  private int n;",
        "",
        "  void save(Runnable write) {",
        "    mu.lock();",
        "    write.run();",
        "    n++;",
        "    mu.unlock();",
        "  }",
        "}");
  }

  void writeCleanStore(String path) throws IOException {
    write(path,
        "import dev.gosafe.Mutex;",
        "",
        "class Clean {",
        "  private final Mutex mu = new Mutex();",
        "  private int n;",
        "",
        "  void save(Runnable write) {",
        "    mu.lock();",
        "    try {",
        "      write.run();",
        "      n++;",
        "    } finally {",
        "      mu.unlock();",
        "    }",
        "  }",
        "}");
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("usage: gosafe check"), r.out());
    assertTrue(r.out().contains("--fail-on"));
  }

  @Test
  void noArgumentsIsAUsageError() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("usage: gosafe check"), r.err());
  }

  @Test
  void unknownFlagIsNamed() {
    Run r = run("check", "--bogus", ".");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("gosafe: unknown option '--bogus'"), r.err());
  }

  @Test
  void badValueIsNamed() {
    Run r = run("check", "--format", "xml", ".");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad value 'xml' for --format"), r.err());
    Run f = run("check", "--fail-on=sometimes", ".");
    assertEquals(2, f.code());
    assertTrue(f.err().contains("'sometimes'"), f.err());
  }

  @Test
  void missingPathIsAnInputError() throws IOException {
    writeCleanStore("src/Clean.java");
    Run r = run("check", "src", "nope");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nope: error: no such file or folder"), r.err());
    assertEquals("gosafe: no findings in 1 file; 1 file could not be checked\n", r.out());
  }

  @Test
  void verboseReportsProgressOnStandardError() throws IOException {
    writeCleanStore("src/Clean.java");
    Run r = run("check", "--verbose", "src");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("gosafe: checking 1 file with the "), r.err());
    assertTrue(r.err().contains("gosafe: done in "), r.err());
    assertEquals("gosafe: no findings in 1 file\n", r.out());
  }

  @Test
  void cleanCodeExitsZero() throws IOException {
    writeCleanStore("src/Clean.java");
    Run r = run("check", "src");
    assertEquals(0, r.code(), r.err());
    assertEquals("gosafe: no findings in 1 file\n", r.out());
  }

  @Test
  void findingIsPrintedInTextFormatAndFailsOnWarning() throws IOException {
    writeLeakyStore("src/Store.java");
    Run r = run("check", "src");
    assertEquals(1, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("src/Store.java:8:5: warning: [LockNotReleased] "),
        lines.get(0));
    assertEquals("gosafe: 1 finding (1 warning) in 1 file", lines.get(1));
  }

  @Test
  void failOnLevels() throws IOException {
    writeLeakyStore("src/Store.java");
    assertEquals(0, run("check", "--fail-on", "error", "src").code());
    assertEquals(0, run("check", "--fail-on", "never", "src").code());
    Run asError = run("check", "--fail-on", "error", "-Xep:LockNotReleased:ERROR", "src");
    assertEquals(1, asError.code());
    assertTrue(asError.out().contains(": error: [LockNotReleased]"), asError.out());
    Run off = run("check", "-Xep:LockNotReleased:OFF", "src");
    assertEquals(0, off.code());
  }

  @Test
  void unparsableFileIsNamedAndOtherFilesAreStillChecked() throws IOException {
    write("src/Broken.java", "class Broken {", "  void f( {", "}");
    writeLeakyStore("src/Store.java");
    Run r = run("check", "src");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("src/Broken.java:2: error: "), r.err());
    assertTrue(r.out().contains("src/Store.java:8:5: warning: [LockNotReleased]"), r.out());
    assertTrue(r.out().endsWith("; 1 file could not be checked\n"), r.out());
  }

  @Test
  void outputFileGetsTheReport() throws IOException {
    writeLeakyStore("src/Store.java");
    Run r = run("check", "--format", "sarif", "--output", "out/gosafe.sarif", "src");
    assertEquals(1, r.code());
    String sarif = Files.readString(dir.resolve("out/gosafe.sarif"));
    assertTrue(sarif.contains("\"ruleId\": \"LockNotReleased\""), sarif);
    assertTrue(sarif.contains("\"uri\": \"src/Store.java\""), sarif);
    assertFalse(r.out().contains("{"), r.out());
  }

  @Test
  void sourceEngineChecksCleanCode() throws IOException {
    writeCleanStore("src/Clean.java");
    Run r = run("check", "--engine", "source", "src");
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void sourceEngineReportsTheSameFinding() throws IOException {
    writeLeakyStore("src/Store.java");
    Run r = run("check", "--engine", "source", "src");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("[LockNotReleased]"), r.out());
  }
}
