package dev.gosafe.checker.cli;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.JavacEngine;
import dev.gosafe.checker.source.SourceEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/** Chooses the engine named by {@code --engine}. */
final class Engines {
  /** Per-file time budget of the source engine. */
  private static final java.time.Duration SOURCE_BUDGET = java.time.Duration.ofSeconds(10);
  /**
   * The source engine's pre-filter (files that cannot hold anything the rules look at are not
   * parsed); {@code -Dgosafe.prefilter=false} turns it off.
   */
  static final boolean PREFILTER = !"false".equals(System.getProperty("gosafe.prefilter"));

  private Engines() {}

  /** The engine for {@code name}: {@code javac}, {@code source}, or {@code auto} (both). */
  static Engine create(String name, List<Path> classpath, Map<String, String> severities,
      IntConsumer progress) {
    JavacEngine javac = new JavacEngine(classpath, severities).onProgress(progress);
    return switch (name) {
      case "javac" -> javac;
      case "source" -> new SourceEngine(classpath, severities, SOURCE_BUDGET, PREFILTER);
      // the files javac could not compile are checked without the pre-filter: it reasons over
      // the whole set of checked files, and here it would see only that remainder
      default -> new AutoEngine(javac, new SourceEngine(classpath, severities, SOURCE_BUDGET, false));
    };
  }

  /**
   * javac for the files that compile; the source engine for the files javac could not compile.
   * A file that neither can check keeps javac's message (the clearer one).
   */
  static final class AutoEngine implements Engine {
    private final Engine javac;
    private final Engine source;

    AutoEngine(Engine javac, Engine source) {
      this.javac = javac;
      this.source = source;
    }

    @Override
    public String name() {
      return "auto";
    }

    @Override
    public CheckResult check(List<Path> files) {
      CheckResult first = javac.check(files);
      List<Path> retry = new ArrayList<>();
      for (InputError e : first.inputErrors()) {
        if (e.line() > 0 && Files.isRegularFile(e.file())) {
          retry.add(e.file());
        }
      }
      if (retry.isEmpty()) {
        return first;
      }
      CheckResult second = source.check(retry);
      Set<Path> stillFailing = new HashSet<>();
      for (InputError e : second.inputErrors()) {
        stillFailing.add(e.file());
      }
      List<Diagnostic> findings = new ArrayList<>(first.findings());
      for (Diagnostic d : second.findings()) {
        if (!stillFailing.contains(d.file())) {
          findings.add(d);
        }
      }
      List<InputError> errors = new ArrayList<>();
      for (InputError e : first.inputErrors()) {
        if (!retry.contains(e.file()) || stillFailing.contains(e.file())) {
          errors.add(e);
        }
      }
      return new CheckResult(findings, errors);
    }
  }
}
