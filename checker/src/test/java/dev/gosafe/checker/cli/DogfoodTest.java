package dev.gosafe.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.JavacEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime's own sources compile under the checker with no gosafe finding. */
class DogfoodTest {

  @Test
  void runtimeHasNoFindings() throws IOException {
    Path sources = ExampleTest.REPO.resolve("runtime/src/main/java");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .sorted()
          .toList();
    }
    assertTrue(files.size() > 5, "runtime sources not found under " + sources);
    CheckResult r = new JavacEngine(List.of(), Map.of()).check(files);
    assertEquals(List.of(), r.inputErrors());
    assertEquals(List.of(), r.findings());
  }
}
