package dev.gosafe.checker.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gosafe.checker.engine.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One ID, four places: every registered check class {@code dev.gosafe.checker.checks.ID} has
 * {@code docs/rules/ID.md} and {@code test-corpus/ID/} with positive/ and negative/ samples, and no
 * docs page or corpus folder exists without a check class (test-corpus/common/ excepted).
 */
class OneIdFourPlacesTest {

  @Test
  void everyRuleOfTheSpecIsARegisteredCheckClass() {
    assertEquals(new TreeSet<>(Rules.IDS), CheckClasses.registeredIds(),
        "check classes listed in " + CheckClasses.SERVICES + " vs the rule IDs of SPEC.md");
  }

  @TestFactory
  Stream<DynamicTest> everyCheckHasItsDocsPageAndCorpusFolder() {
    Set<String> ids = CheckClasses.registeredIds();
    assertFalse(ids.isEmpty(), "no gosafe check is listed in " + CheckClasses.SERVICES);
    return ids.stream().map(id -> dynamicTest(id, () -> {
      Path page = CorpusPaths.rulesDocs().resolve(id + ".md");
      assertTrue(Files.isRegularFile(page), "missing docs page " + page);
      for (String kind : List.of("positive", "negative")) {
        Path dir = CorpusPaths.corpus().resolve(id).resolve(kind);
        assertFalse(CorpusPaths.javaFiles(dir).isEmpty(), "no samples in " + dir);
      }
    }));
  }

  @Test
  void noOrphanDocsPageOrCorpusFolder() throws IOException {
    Set<String> ids = CheckClasses.registeredIds();
    List<String> orphans = new ArrayList<>();
    Path docs = CorpusPaths.rulesDocs();
    if (Files.isDirectory(docs)) {
      try (Stream<Path> pages = Files.list(docs)) {
        pages.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".md"))
            .filter(n -> !ids.contains(n.substring(0, n.length() - 3)))
            .forEach(n -> orphans.add("docs/rules/" + n));
      }
    }
    try (Stream<Path> dirs = Files.list(CorpusPaths.corpus())) {
      dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("common") && !ids.contains(n))
          .forEach(n -> orphans.add("test-corpus/" + n + "/"));
    }
    assertEquals(List.of(), orphans.stream().sorted().toList(),
        "docs pages or corpus folders without a check class in dev.gosafe.checker.checks");
  }
}
