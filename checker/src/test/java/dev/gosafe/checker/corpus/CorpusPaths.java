package dev.gosafe.checker.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the corpus, the docs and the build output are, wherever the tests are run from. */
final class CorpusPaths {
  private CorpusPaths() {}

  /** The repository root: the first folder, from the working directory up, holding test-corpus/. */
  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("test-corpus"))) {
        return p;
      }
    }
    throw new IllegalStateException("no test-corpus/ folder in " + dir + " or above");
  }

  static Path corpus() {
    return repoRoot().resolve("test-corpus");
  }

  static Path rulesDocs() {
    return repoRoot().resolve("docs").resolve("rules");
  }

  /**
   * The build output folder of this module ({@code target/}, or {@code target-NAME/} with
   * {@code -Dgosafe.target=target-NAME}): the parent of the folder these test classes were loaded
   * from.
   */
  static Path buildDir() {
    try {
      Path classes = Path.of(CorpusPaths.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return classes.getParent();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("target").toAbsolutePath();
    }
  }

  /** Every {@code .java} file under {@code dir}, sorted, or none if {@code dir} does not exist. */
  static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
