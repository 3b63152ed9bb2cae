package dev.gosafe.checker.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.resolution.TypeSolver;
import dev.gosafe.checker.analysis.Analyzer;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.model.FileModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every corpus sample through both front ends: the javac one ({@code JavacModelBuilder}, on javac
 * alone) and the JavaParser one. They must build the same {@link FileModel} and so report the same
 * (rule, line) set; the samples where they knowingly differ are listed, with the reason, in
 * {@code known-differences.txt}, printed here.
 */
class DifferentialTest {

  static Path corpus() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("test-corpus"))) {
        return p.resolve("test-corpus");
      }
    }
    throw new IllegalStateException("no test-corpus/ folder above " + Path.of("").toAbsolutePath());
  }

  static List<Path> samples(Path corpus) throws IOException {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java")).sorted()
          .toList();
    }
  }

  private static Set<String> findings(FileModel m) {
    Set<String> out = new TreeSet<>();
    for (Finding f : Analyzer.analyze(m)) {
      out.add(f.ruleId() + ":" + f.pos().line());
    }
    return out;
  }

  @Test
  void frontEndsAgreeOnTheCorpus() throws IOException {
    Path corpus = corpus();
    String only = System.getProperty("gosafe.diff.only", "");
    List<Path> samples = samples(corpus).stream().filter(p -> p.toString().contains(only)).toList();
    KnownDifferences known = KnownDifferences.load();
    TypeSolver solver = TypeSolvers.create(List.of(), List.of());
    List<String> unexpected = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    int compared = 0;
    int sameModel = 0;
    long sourceNanos = 0;
    long lines = 0;
    for (Path sample : samples) {
      String rel = corpus.relativize(sample).toString().replace('\\', '/');
      FileModel javac = JavacFrontEnd.build(sample);
      if (javac == null) {
        unexpected.add(rel + ": does not compile with javac (every corpus sample must)");
        continue;
      }
      long t0 = System.nanoTime();
      FileModel source = SourceModels.build(sample, solver);
      Set<String> fs = findings(source);
      sourceNanos += System.nanoTime() - t0;
      lines += Files.readAllLines(sample).size();
      compared++;
      String modelDiff = ModelDiff.first(new FileModel("", javac.classes()),
          new FileModel("", source.classes()), "model");
      Set<String> fj = findings(javac);
      boolean findingsDiffer = !fj.equals(fs);
      if (modelDiff == null) {
        sameModel++;
      }
      KnownDifferences.Entry entry = known.get(rel);
      if (findingsDiffer || modelDiff != null) {
        String what = rel + (findingsDiffer ? ": findings javac " + fj + " vs source " + fs : "")
            + (modelDiff != null ? "\n    first model difference at " + modelDiff : "");
        boolean covered = entry != null && (entry.kind().equals("findings") || !findingsDiffer);
        (covered ? listed : unexpected).add(what);
      } else if (entry != null) {
        stale.add(rel + " (listed as differing: " + entry.reason() + ")");
      }
    }
    System.out.println("[differential] " + compared + " samples compared, " + sameModel
 + " with identical models; source front end + analysis: " + lines + " lines in "
        + sourceNanos / 1_000_000 + " ms; known differences (" + known.all().size() + "):");
    known.all().values().forEach(e -> System.out.println("  " + e.path() + " [" + e.kind() + "] "
        + e.reason()));
    listed.forEach(l -> System.out.println("  (listed) " + l));
    assertTrue(unexpected.isEmpty(), unexpected.size() + " unlisted differences:\n"
        + String.join("\n", unexpected));
    assertTrue(stale.isEmpty(), "listed differences that no longer differ:\n"
        + String.join("\n", stale));
  }
}
