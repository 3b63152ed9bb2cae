package dev.gosafe.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSelectionTest {

  private static Path touch(Path root, String rel) throws IOException {
    Path f = root.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "class X {}");
    return f;
  }

  @Test
  void excludesAreGlobsRelativeToTheSourceRoot(@TempDir Path dir) throws IOException {
    Path main = dir.resolve("src/main/java");
    Path kept = touch(main, "com/example/A.java");
    touch(main, "com/example/generated/B.java");
    touch(main, "com/example/C.txt");
    Path other = dir.resolve("target/generated-sources");
    touch(other, "D.java");

    List<Path> files = SourceSelection.select(List.of(main, other),
        List.of("**/generated/**", "D.java", " "));

    assertEquals(List.of(kept.toAbsolutePath().normalize()), files);
  }

  @Test
  void noExcludesTakesEveryJavaFileInOrder(@TempDir Path dir) throws IOException {
    Path b = touch(dir, "b/B.java");
    Path a = touch(dir, "a/A.java");
    assertEquals(List.of(a, b), SourceSelection.select(List.of(dir), null));
  }

  @Test
  void findingsLookLikeMavenCompilerMessages() {
    Path file = Path.of("/p/src/Main.java");
    Diagnostic d = new Diagnostic(file, 14, 5, Severity.WARNING, "LockNotReleased",
        "mu stays locked", "javac", List.of());
    assertEquals("/p/src/Main.java:[14,5] [LockNotReleased] mu stays locked",
        MavenFormat.finding(d).replace('\\', '/').replaceFirst("^[A-Z]:", ""));
    assertEquals("/p/src/Main.java:[3] gosafe could not check this file: ';' expected",
        MavenFormat.inputError(new InputError(file, 3, "';' expected")).replace('\\', '/')
            .replaceFirst("^[A-Z]:", ""));
  }
}
