package dev.gosafe.checker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceEngineTest {
  private static final String LEAK = """
      import dev.gosafe.Mutex;

      public class Leak {
        private final Mutex mu = new Mutex();

        void save(Runnable write) {
          mu.lock();
          write.run();
          mu.unlock();
        }
      }
      """;

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static SourceEngine engine() {
    return new SourceEngine(List.of(), Map.of());
  }

  @Test
  void reportsAFindingWithEngineNameAndStartOfCall() throws IOException {
    Path f = write("Leak.java", LEAK);
    CheckResult r = engine().check(List.of(f));
    assertEquals(List.of(), r.inputErrors());
    Diagnostic d = r.findings().stream().filter(x -> "LockNotReleased".equals(x.ruleId()))
        .findFirst().orElseThrow(() -> new AssertionError(r.findings()));
    assertEquals(f, d.file());
    assertEquals(7, d.line());
    assertEquals(5, d.column());
    assertEquals(Severity.WARNING, d.severity());
    assertEquals("source", d.engine());
    assertEquals("source", engine().name());
  }

  @Test
  void aFileThatDoesNotParseIsAnInputErrorAndTheOthersAreStillChecked() throws IOException {
    // `synchronized`: a file the pre-filter keeps, so it is parsed
    Path bad = write("Bad.java", "class Bad {\n  synchronized void f() {\n    int x = ;\n  }\n}\n");
    Path good = write("Leak.java", LEAK);
    CheckResult r = engine().check(List.of(bad, good));
    assertEquals(1, r.inputErrors().size(), r.inputErrors().toString());
    InputError e = r.inputErrors().get(0);
    assertEquals(bad, e.file());
    assertEquals(3, e.line());
    assertTrue(e.message().startsWith("syntax error: "), e.message());
    assertTrue(!e.message().contains("\tat "), "no stack trace: " + e.message());
    assertTrue(r.findings().stream().anyMatch(d -> d.file().equals(good)));
  }

  @Test
  void missingAndNonJavaFilesAreInputErrors() throws IOException {
    Path txt = write("notes.txt", "hello");
    CheckResult r = engine().check(List.of(dir.resolve("Missing.java"), txt));
    assertEquals(List.of(new InputError(dir.resolve("Missing.java"), 0, "file not found"),
        new InputError(txt, 0, "not a .java file")), r.inputErrors());
  }

  @Test
  void severityOverridesApplyAndBadOnesAreRejected() throws IOException {
    Path f = write("Leak.java", LEAK);
    CheckResult off = new SourceEngine(List.of(), Map.of("LockNotReleased", "OFF")).check(List.of(f));
    assertTrue(off.findings().stream().noneMatch(d -> "LockNotReleased".equals(d.ruleId())));
    CheckResult err = new SourceEngine(List.of(), Map.of("LockNotReleased", "error")).check(List.of(f));
    assertTrue(err.findings().stream().anyMatch(d -> "LockNotReleased".equals(d.ruleId())
        && d.severity() == Severity.ERROR));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new SourceEngine(List.of(), Map.of("NoSuchRule", "ERROR")));
    assertTrue(e.getMessage().contains("NoSuchRule"));
    assertThrows(IllegalArgumentException.class,
        () -> new SourceEngine(List.of(), Map.of("LockNotReleased", "LOUD")));
  }

  @Test
  void suppressWarningsOnTheMethodOrClassSilencesTheRule() throws IOException {
    Path onMethod = write("Leak.java", LEAK.replace("  void save(",
        "  @SuppressWarnings(\"LockNotReleased\")\n  void save("));
    assertTrue(engine().check(List.of(onMethod)).findings().stream()
        .noneMatch(d -> "LockNotReleased".equals(d.ruleId())));
    Path onClass = write("Leak.java", LEAK.replace("public class Leak",
        "@SuppressWarnings({\"unchecked\", \"LockNotReleased\"})\npublic class Leak"));
    assertTrue(engine().check(List.of(onClass)).findings().stream()
        .noneMatch(d -> "LockNotReleased".equals(d.ruleId())));
    Path other = write("Leak.java", LEAK.replace("  void save(",
        "  @SuppressWarnings(\"DoubleLock\")\n  void save("));
    assertTrue(engine().check(List.of(other)).findings().stream()
        .anyMatch(d -> "LockNotReleased".equals(d.ruleId())));
  }

  @Test
  void aFileOverTheTimeBudgetIsAnInputErrorNotAHang() throws IOException {
    StringBuilder big = new StringBuilder("class Big {\n  synchronized void s() {}\n");
    for (int i = 0; i < 4000; i++) {
      big.append("  void m").append(i).append("() { System.out.println(").append(i).append("); }\n");
    }
    big.append("}\n");
    Path f = write("Big.java", big.toString());
    Path good = write("Leak.java", LEAK);
    long t0 = System.nanoTime();
    CheckResult r = new SourceEngine(List.of(), Map.of(), Duration.ofMillis(1))
        .check(List.of(f, good));
    assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos());
    assertTrue(r.inputErrors().stream().anyMatch(e -> e.file().equals(f)
        && e.message().contains("time budget")), r.inputErrors().toString());
  }

  @Test
  void deeplyNestedCodeNeverThrows() throws IOException {
    String nested = "(".repeat(5000) + "1" + ")".repeat(5000);
    Path f = write("Deep.java", "class Deep { int x = " + nested + "; void f() { int y = "
        + nested + "; } }\n");
    CheckResult r = engine().check(List.of(f));
    assertTrue(r.findings().stream().allMatch(d -> d.ruleId() != null), r.findings().toString());
  }

  @Test
  void nonUtf8BytesAreReadAsLatin1() {
    byte[] latin1 = "// caf\u00e9\nclass A {}\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("// caf\u00e9\nclass A {}\n", SourceEngine.decode(latin1));
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x'};
    assertEquals("x", SourceEngine.decode(bom));
  }

  @Test
  void typesDeclaredInOtherFilesOfTheSourceRootAreResolved() throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("src").resolve("app"));
    Files.writeString(pkg.resolve("Locks.java"), """
        package app;

        import java.util.concurrent.locks.ReentrantLock;

        public final class Locks {
          public static final ReentrantLock LOCK = new ReentrantLock();
        }
        """);
    Path service = pkg.resolve("Service.java");
    Files.writeString(service, """
        package app;

        class Service {
          void update(Runnable write) {
            Locks.LOCK.lock();
            write.run();
            Locks.LOCK.unlock();
          }
        }
        """);
    // only Service.java is checked; Locks is found through the source root app/ sits in
    CheckResult r = engine().check(List.of(service));
    assertEquals(List.of(), r.inputErrors());
    assertTrue(r.findings().stream().anyMatch(d -> "LockNotReleased".equals(d.ruleId())
        && d.line() == 5), r.findings().toString());
  }

  // ---- the pre-filter (Prefilter): what it skips, and what it must not lose ----------------------

  @Test
  void aFieldOfAKnownTypeDeclaredInAnotherFileKeepsItsUsersChecked() throws IOException {
    Files.createDirectories(dir.resolve("app"));
    Path base = write("app/Base.java", """
        package app;

        class Base {
          protected final java.util.concurrent.locks.ReentrantLock guard =
              new java.util.concurrent.locks.ReentrantLock();
        }
        """);
    Path sub = write("app/Sub.java", """
        package app;

        class Sub extends Base {
          void update(Runnable write) {
            guard.lock();
            write.run();
            guard.unlock();
          }
        }
        """);
    for (boolean prefilter : new boolean[] {true, false}) {
      CheckResult r = new SourceEngine(List.of(), Map.of(), Duration.ofSeconds(10), prefilter)
          .check(List.of(base, sub));
      assertEquals(List.of(), r.inputErrors());
      assertTrue(r.findings().stream().anyMatch(d -> d.file().equals(sub)
          && "LockNotReleased".equals(d.ruleId()) && d.line() == 5),
          "prefilter " + prefilter + ": " + r.findings());
    }
  }

  @Test
  void aSubtypeDeclaredInAnotherFileKeepsItsUsersChecked() throws IOException {
    Files.createDirectories(dir.resolve("app"));
    Path lock = write("app/AuditedLock.java", """
        package app;

        class AuditedLock extends java.util.concurrent.locks.ReentrantLock {}
        """);
    Path user = write("app/User.java", """
        package app;

        class User {
          private final AuditedLock lock = new AuditedLock();

          void update(Runnable write) {
            lock.lock();
            write.run();
            lock.unlock();
          }
        }
        """);
    CheckResult r = engine().check(List.of(lock, user));
    assertEquals(List.of(), r.inputErrors());
    assertTrue(r.findings().stream().anyMatch(d -> d.file().equals(user)
        && "LockNotReleased".equals(d.ruleId()) && d.line() == 7), r.findings().toString());
  }

  @Test
  void aSkippedFileIsNotParsedButGetsTheLexicalCheck() throws IOException {
    // nothing concurrent in these files: the pre-filter skips them
    Path parses = write("Odd.java", "class Odd {\n  void f() {\n    int x = ;\n  }\n}\n");
    Path truncated = write("Cut.java", "class Cut {\n  void f() {\n    int x = 1;\n");
    CheckResult r = engine().check(List.of(parses, truncated));
    assertEquals(1, r.inputErrors().size(), r.inputErrors().toString());
    InputError e = r.inputErrors().get(0);
    assertEquals(truncated, e.file());
    assertTrue(e.message().startsWith("syntax error: reached the end of the file"), e.message());
    // without the pre-filter every file is parsed
    CheckResult all = new SourceEngine(List.of(), Map.of(), Duration.ofSeconds(10), false)
        .check(List.of(parses, truncated));
    assertEquals(2, all.inputErrors().size(), all.inputErrors().toString());
  }

  @Test
  void thePrefilterIsOffWhenFilesOfTheSourceRootAreLeftOut() throws IOException {
    Files.createDirectories(dir.resolve("app"));
    write("app/Locks.java", """
        package app;

        final class Locks {
          static final java.util.concurrent.locks.Lock LOCK =
              new java.util.concurrent.locks.ReentrantLock();
        }
        """);
    Path odd = write("app/Odd.java", "package app;\nclass Odd {\n  void f() {\n    int x = ;\n  }\n}\n");
    // only Odd.java is checked: the filter cannot see Locks.java, so it stays off and Odd is parsed
    CheckResult r = engine().check(List.of(odd));
    assertEquals(1, r.inputErrors().size(), r.inputErrors().toString());
    assertEquals(4, r.inputErrors().get(0).line());
  }
}
