package dev.gosafe.checker.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.corpus.Sample.Expected;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How samples' markers are read and checked against their folder. */
class SampleTest {

  private static List<Expected> bugs(String... lines) {
    List<Expected> expected = new ArrayList<>();
    Sample.parseMarkers("T.java", List.of(lines), expected, new ArrayList<>());
    return expected;
  }

  @Test
  void markerAppliesToTheNextCodeLineSkippingCommentsAndBlanks() {
    assertEquals(List.of(new Expected("DoubleLock", 5)), bugs(
        "class T {",
        "  // BUG: Diagnostic contains: DoubleLock",
        "  // the second lock blocks forever",
        "",
        "  void f() { mu.lock(); }",
        "}"));
  }

  @Test
  void stackedMarkersExpectSeveralFindingsOnOneLine() {
    assertEquals(List.of(new Expected("LockNotReleased", 3), new Expected("DoubleLock", 3)), bugs(
        "// BUG: Diagnostic contains: LockNotReleased",
        "// BUG: Diagnostic contains: DoubleLock",
        "mu.lock();"));
  }

  @Test
  void missMarkersAreKeptApart() {
    List<Expected> expected = new ArrayList<>();
    List<Expected> missed = new ArrayList<>();
    Sample.parseMarkers("T.java", List.of("// MISS: LostCancel", "var c = f();"), expected, missed);
    assertEquals(List.of(), expected);
    assertEquals(List.of(new Expected("LostCancel", 2)), missed);
  }

  @Test
  void markerAtTheEndOrAfterCodeIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> bugs("mu.lock();", "// BUG: Diagnostic contains: DoubleLock"));
    assertThrows(IllegalArgumentException.class,
        () -> bugs("mu.lock(); // BUG: Diagnostic contains: DoubleLock"));
  }

  @Test
  void folderDecidesWhatASampleMayExpect(@TempDir Path root) throws Exception {
    Path pos = write(root, "DoubleLock/positive/A.java",
        "// BUG: Diagnostic contains: DoubleLock\nclass A {}\n");
    Path neg = write(root, "DoubleLock/negative/B.java",
        "// BUG: Diagnostic contains: DoubleLock\nclass B {}\n");
    Path common = write(root, "common/C.java", "class C {}\n");
    Path miss = write(root, "DoubleLock/known-miss/D.java", "class D {}\n");
    Path typo = write(root, "DoubleLock/positive/E.java",
        "// BUG: Diagnostic contains: DoubleLocks\nclass E {}\n");
    Sample a = Sample.read(root, pos);
    assertEquals(Sample.Kind.POSITIVE, a.kind());
    assertEquals("DoubleLock", a.folder());
    assertEquals("DoubleLock/positive/A.java", a.relative());
    assertNull(CorpusTest.wellFormed(a));
    assertTrue(CorpusTest.wellFormed(Sample.read(root, neg)).contains("no markers"));
    assertNull(CorpusTest.wellFormed(Sample.read(root, common)));
    assertTrue(CorpusTest.wellFormed(Sample.read(root, miss)).contains("MISS"));
    assertTrue(CorpusTest.wellFormed(Sample.read(root, typo)).contains("unknown rule ID"));
  }

  @Test
  void samplesOutsideTheKnownFoldersAreRejected(@TempDir Path root) throws Exception {
    Path stray = write(root, "DoubleLock/other/A.java", "class A {}\n");
    assertThrows(IllegalArgumentException.class, () -> Sample.read(root, stray));
  }

  private static Path write(Path root, String rel, String text) throws Exception {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }
}
