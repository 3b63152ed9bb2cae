package dev.gosafe.checker.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.JavacEngine;
import dev.gosafe.checker.engine.Rules;
import dev.gosafe.checker.source.SourceEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every sample of test-corpus/ through every engine and compares its findings, as (rule,
 * line) pairs, with the sample's markers: a positive sample must produce exactly its
 * {@code // BUG: Diagnostic contains: ID} findings; negative, common and known-miss samples none
 * at all. A sample that does not compile fails with the compiler's message. Afterwards the
 * per-rule table is printed and written to the build folder as corpus-table.md.
 */
class CorpusTest {

  /** The engines every sample runs through. A new front end is one more element here. */
  static List<Engine> engines() {
    return List.of(
        new JavacEngine(List.of(), Map.of()),
        new SourceEngine(List.of(), Map.of()));
  }

  private static final CorpusStats STATS = new CorpusStats();
  private static int commonSamples;

  /**
   * System property to run only the samples whose path (relative to test-corpus/) contains its
   * value, e.g. {@code -Dgosafe.corpus.only=LostCancel/} while working on one rule.
   */
  static final String ONLY = "gosafe.corpus.only";

  /** Every sample under test-corpus/, discovered (never listed), sorted by path. */
  static List<Sample> samples() {
    Path root = CorpusPaths.corpus();
    String only = System.getProperty(ONLY, "");
    return CorpusPaths.javaFiles(root).stream()
        .map(f -> Sample.read(root, f))
        .filter(s -> s.relative().contains(only))
        .toList();
  }

  @TestFactory
  Stream<DynamicContainer> everySampleThroughEveryEngine() {
    List<Sample> samples = samples();
    assertFalse(samples.isEmpty(), "no samples under " + CorpusPaths.corpus());
    commonSamples = (int) samples.stream().filter(s -> s.kind() == Sample.Kind.COMMON).count();
    return engines().stream().map(engine -> {
      STATS.declare(engine.name(), Rules.IDS, samples);
      return dynamicContainer(engine.name(), samples.stream().map(s ->
          dynamicTest(s.relative(), s.file().toUri(), () -> check(engine, s))));
    });
  }

  /** Checks one sample with one engine, recording the outcome in the table. */
  private static void check(Engine engine, Sample s) {
    String wellFormed = wellFormed(s);
    if (wellFormed != null) {
      fail(s.relative() + ": " + wellFormed);
    }
    String e = engine.name();
    for (Sample.Expected m : s.missed()) {
      STATS.knownMiss(e, m.ruleId());
    }
    CheckResult result = engine.check(List.of(s.file()));
    if (!result.inputErrors().isEmpty()) {
      STATS.notCompiled(e);
      for (Sample.Expected x : s.expected()) {
        STATS.miss(e, x.ruleId());
      }
      StringBuilder msg = new StringBuilder(s.relative() + " does not compile (engine " + e + "):");
      for (InputError err : result.inputErrors()) {
        msg.append("\n  line ").append(err.line()).append(": ").append(err.message());
      }
      fail(msg.toString());
    }
    List<Sample.Expected> unmatched = new ArrayList<>(s.expected());
    List<String> extra = new ArrayList<>();
    boolean internal = false;
    for (Diagnostic d : result.findings()) {
      if (d.ruleId() == null) {
        internal = true;
        extra.add("line " + d.line() + ": gosafe internal error: " + d.message());
        continue;
      }
      if (unmatched.remove(new Sample.Expected(d.ruleId(), d.line()))) {
        STATS.truePositive(e, d.ruleId());
      } else {
        STATS.falsePositive(e, d.ruleId());
        extra.add("line " + d.line() + ": unexpected [" + d.ruleId() + "] " + d.message());
      }
    }
    if (internal) {
      STATS.internalError(e);
    }
    for (Sample.Expected m : unmatched) {
      STATS.miss(e, m.ruleId());
    }
    if (!unmatched.isEmpty() || !extra.isEmpty()) {
      StringBuilder msg = new StringBuilder(s.relative() + " (engine " + e + "):");
      for (Sample.Expected m : unmatched) {
        msg.append("\n  line ").append(m.line()).append(": missing [").append(m.ruleId())
            .append("]");
      }
      for (String x : extra) {
        msg.append("\n  ").append(x);
      }
      fail(msg.toString());
    }
  }

  /** Null if the sample's markers suit its folder, else what is wrong. */
  static String wellFormed(Sample s) {
    for (Sample.Expected m : s.expected()) {
      if (!Rules.isRule(m.ruleId())) {
        return "line " + m.line() + ": unknown rule ID " + m.ruleId();
      }
    }
    for (Sample.Expected m : s.missed()) {
      if (!Rules.isRule(m.ruleId())) {
        return "line " + m.line() + ": unknown rule ID " + m.ruleId();
      }
    }
    return switch (s.kind()) {
      case POSITIVE -> s.expected().isEmpty()
          ? "a positive sample needs at least one // BUG: Diagnostic contains: ID marker"
          : s.missed().isEmpty() ? null : "// MISS markers belong in known-miss/ samples";
      case NEGATIVE, COMMON -> s.expected().isEmpty() && s.missed().isEmpty()
          ? null : "a " + s.kind().dir + " sample carries no markers: it must produce no finding";
      case KNOWN_MISS -> s.missed().isEmpty()
          ? "a known-miss sample needs at least one // MISS: ID marker"
          : s.expected().isEmpty() ? null : "a known-miss sample must produce no finding";
    };
  }

  @AfterAll
  static void writeTable() throws IOException {
    if (STATS.isEmpty()) {
      return;
    }
    String table = STATS.toMarkdown(commonSamples);
    System.out.println(table);
    if (!System.getProperty(ONLY, "").isEmpty()) {
      System.out.println("(partial run: only samples matching " + System.getProperty(ONLY)
          + "; corpus-table.md not written)");
      return;
    }
    Path out = CorpusPaths.buildDir().resolve("corpus-table.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    // The README shows this table: it must be the one the corpus produces now.
    String readme = Files.readString(CorpusPaths.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
    if (!readme.replace("\r\n", "\n").contains(table.strip())) {
      fail("README.md's corpus table is stale: replace its \"## Corpus results\" section with " + out);
    }
  }
}
