package dev.gosafe.checker.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of docs/rules/ID.md are corpus files: each block {@code <!-- corpus: PATH -->},
 * a fenced java block, {@code <!-- /corpus -->} must equal the file test-corpus/PATH or a
 * contiguous run of its lines. Each page shows a flagged example (from ID/positive/, with its BUG
 * marker) and a fix (from ID/negative/), links its known-miss samples and explains suppression.
 */
class RuleDocsTest {

  private static final Pattern BLOCK = Pattern.compile(
      "<!-- corpus: (\\S+) -->\\R```java\\R(.*?)```\\R<!-- /corpus -->", Pattern.DOTALL);
  private static final Pattern OPENING = Pattern.compile("<!-- corpus:");

  /** A corpus excerpt in a docs page. */
  record Excerpt(String path, String text) {}

  static List<Excerpt> excerpts(String page) {
    List<Excerpt> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(page);
    while (m.find()) {
      out.add(new Excerpt(m.group(1), m.group(2)));
    }
    return out;
  }

  /** Whether {@code excerpt}'s lines are the whole of {@code file}'s lines or a contiguous run. */
  static boolean isRegionOf(String excerpt, String file) {
    List<String> part = excerpt.lines().toList();
    List<String> whole = file.lines().toList();
    return !part.isEmpty() && Collections.indexOfSubList(whole, part) >= 0;
  }

  @Test
  void regionMatchingIsExactAndContiguous() {
    String file = "a\nb\nc\nd\n";
    assertTrue(isRegionOf("a\nb\nc\nd\n", file));
    assertTrue(isRegionOf("b\nc\n", file));
    assertFalse(isRegionOf("b\nd\n", file), "lines must be contiguous");
    assertFalse(isRegionOf(" b\nc\n", file), "whitespace counts");
    assertFalse(isRegionOf("", file), "an empty block shows nothing");
  }

  @Test
  void excerptsAreFoundBetweenTheirMarkers() {
    String page = "x\n<!-- corpus: R/positive/A.java -->\n```java\nint a;\n```\n<!-- /corpus -->\n";
    assertEquals(List.of(new Excerpt("R/positive/A.java", "int a;\n")), excerpts(page));
  }

  @TestFactory
  Stream<DynamicTest> everyRulePageShowsCorpusExamples() throws IOException {
    Path docs = CorpusPaths.rulesDocs();
    List<Path> pages;
    try (Stream<Path> s = Files.list(docs)) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    assertFalse(pages.isEmpty(), "no rule pages in " + docs);
    return pages.stream().map(p -> dynamicTest(p.getFileName().toString(), p.toUri(),
        () -> checkPage(p)));
  }

  private static void checkPage(Path page) throws IOException {
    String name = page.getFileName().toString();
    String id = name.substring(0, name.length() - 3);
    String text = Files.readString(page, StandardCharsets.UTF_8);
    List<Excerpt> excerpts = excerpts(text);
    Matcher opening = OPENING.matcher(text);
    int openings = 0;
    while (opening.find()) {
      openings++;
    }
    assertEquals(openings, excerpts.size(), name + ": every <!-- corpus: PATH --> must be "
        + "followed by a ```java block and <!-- /corpus --> on the lines right after it");
    boolean flagged = false;
    boolean fix = false;
    for (Excerpt e : excerpts) {
      Path file = CorpusPaths.corpus().resolve(e.path()).normalize();
      if (!file.startsWith(CorpusPaths.corpus()) || !Files.isRegularFile(file)) {
        fail(name + ": no corpus file test-corpus/" + e.path());
      }
      String content = Files.readString(file, StandardCharsets.UTF_8);
      if (!isRegionOf(e.text(), content)) {
        fail(name + ": the example marked test-corpus/" + e.path()
            + " differs from that file (copy the file, or a contiguous run of its lines)");
      }
      if (e.path().startsWith(id + "/positive/")
          && e.text().contains("// BUG: Diagnostic contains: " + id)) {
        flagged = true;
      }
      if (e.path().startsWith(id + "/negative/")) {
        fix = true;
      }
    }
    assertTrue(flagged, name + ": needs a flagged example from test-corpus/" + id
        + "/positive/ including its // BUG: Diagnostic contains: " + id + " line");
    assertTrue(fix, name + ": needs a fix example from test-corpus/" + id + "/negative/");
    assertTrue(text.contains("@SuppressWarnings(\"" + id + "\")"),
        name + ": explain suppression with @SuppressWarnings(\"" + id + "\")");
    assertTrue(text.contains("-Xep:" + id + ":"), name + ": explain -Xep:" + id + ":OFF|WARN|ERROR");
    for (Path miss : CorpusPaths.javaFiles(CorpusPaths.corpus().resolve(id).resolve("known-miss"))) {
      String missName = miss.getFileName().toString();
      assertTrue(text.contains(missName), name + ": known limits must link known-miss sample "
          + missName);
    }
  }
}
