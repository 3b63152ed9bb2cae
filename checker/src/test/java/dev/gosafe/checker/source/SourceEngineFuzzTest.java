package dev.gosafe.checker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated and mutated corpus files fed to the source engine (fixed seed, 300 mutations): it must
 * answer with findings or input errors only, never an exception, and within its time budget.
 */
class SourceEngineFuzzTest {
  private static final long SEED = 20261129L;
  private static final int MUTATIONS = 300;
  private static final Duration BUDGET = Duration.ofSeconds(10);
  private static final String[] TOKENS = {"{", "}", "(", ")", ";", "\"", "/*", "'", "->",
      "mu.lock();", "wg.add(", "try {", "} finally {", "class X {", "@", "<", ">", "\\u0041",
      "synchronized", "Go.go(() -> {", "\n", "\t", "\u00e9", "\u0000"};

  @TempDir
  Path dir;

  @Test
  void mutatedCorpusFilesNeverEscapeTheEngine() throws IOException {
    List<Path> samples = DifferentialTest.samples(DifferentialTest.corpus());
    assertTrue(!samples.isEmpty());
    Random random = new Random(SEED);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < MUTATIONS; i++) {
      String text = Files.readString(samples.get(random.nextInt(samples.size())),
          StandardCharsets.UTF_8);
      Path f = dir.resolve("m" + i).resolve("Sample.java");
      Files.createDirectories(f.getParent());
      Files.writeString(f, mutate(text, random), StandardCharsets.UTF_8);
      files.add(f);
    }
    SourceEngine engine = new SourceEngine(List.of(), Map.of(), BUDGET);
    long t0 = System.nanoTime();
    CheckResult r = engine.check(files);
    long elapsed = System.nanoTime() - t0;
    int withErrors = 0;
    for (InputError e : r.inputErrors()) {
      assertTrue(files.contains(e.file()), e.toString());
      assertTrue(!e.message().contains("time budget"), "over budget: " + e);
      assertTrue(!e.message().contains("\n\tat "), "stack trace in message: " + e);
      withErrors++;
    }
    for (Diagnostic d : r.findings()) {
      assertTrue(files.contains(d.file()), d.toString());
      assertTrue(d.ruleId() != null, "internal error: " + d);
      assertEquals("source", d.engine());
    }
    System.out.println("[fuzz] " + MUTATIONS + " mutated files: " + withErrors + " input errors, "
        + r.findings().size() + " findings, " + elapsed / 1_000_000 + " ms");
  }

  /** One to three random edits: truncation, deletion, duplication, token insertion, line swap. */
  static String mutate(String text, Random random) {
    String s = text;
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !s.isEmpty(); e++) {
      int a = random.nextInt(s.length());
      int b = Math.min(s.length(), a + random.nextInt(80));
      switch (random.nextInt(5)) {
        case 0 -> s = s.substring(0, a);
        case 1 -> s = s.substring(0, a) + s.substring(b);
        case 2 -> s = s.substring(0, b) + s.substring(a, b) + s.substring(b);
        case 3 -> s = s.substring(0, a) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(a);
        default -> {
          String[] lines = s.split("\n", -1);
          int i = random.nextInt(lines.length);
          int j = random.nextInt(lines.length);
          String t = lines[i];
          lines[i] = lines[j];
          lines[j] = t;
          s = String.join("\n", lines);
        }
      }
    }
    return s;
  }
}
