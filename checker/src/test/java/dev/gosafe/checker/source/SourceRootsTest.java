package dev.gosafe.checker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.javaparser.resolution.TypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootsTest {
  @TempDir
  Path dir;

  /** As the source engine finds a root: the package from the file's scan. */
  private static Path rootOf(Path file) throws IOException {
    return SourceRoots.rootOf(file, Prefilter.scan(Files.readString(file)).pkg);
  }

  @Test
  void packageClauseAfterLongHeader() throws IOException {
    Path file = dir.resolve("a/b/package-info.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "/*\n" + " * licence\n".repeat(300) + " */\npackage a.b;\n");
    assertEquals(dir.toAbsolutePath().normalize(), rootOf(file));
  }

  @Test
  void shortHeaderAndMismatch() throws IOException {
    Path ok = dir.resolve("p/A.java");
    Path wrong = dir.resolve("q/B.java");
    Path none = dir.resolve("C.java");
    Files.createDirectories(ok.getParent());
    Files.createDirectories(wrong.getParent());
    Files.writeString(ok, "// x\npackage p;\nclass A {}\n");
    Files.writeString(wrong, "package p;\nclass B {}\n");
    Files.writeString(none, "class C {}\n");
    assertEquals(dir.toAbsolutePath().normalize(), rootOf(ok));
    assertNull(rootOf(wrong));
    assertEquals(dir.toAbsolutePath().normalize(), rootOf(none));
  }

  @Test
  void solverRemembersAnswersIncludingNotFound() {
    TypeSolver solver = TypeSolvers.create(List.of(), List.of());
    var found = solver.tryToSolveType("java.util.concurrent.locks.ReentrantLock");
    var missing = solver.tryToSolveType("no.such.Type");
    assertEquals(true, found.isSolved());
    assertEquals(false, missing.isSolved());
    org.junit.jupiter.api.Assertions.assertSame(found,
        solver.tryToSolveType("java.util.concurrent.locks.ReentrantLock"));
    org.junit.jupiter.api.Assertions.assertSame(missing, solver.tryToSolveType("no.such.Type"));
  }
}
