package dev.gosafe.checker.cli;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.JavacEngine;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Chooses the engine named by {@code --engine}. */
final class Engines {
  private Engines() {}

  static final String SOURCE_ENGINE = "dev.gosafe.checker.source.SourceEngine";

  /** The engine for {@code name}; the source engine is looked up by name, so it is optional. */
  static Engine create(String name, List<Path> classpath, Map<String, String> severities,
      java.util.function.IntConsumer progress) throws UsageException {
    JavacEngine javac = new JavacEngine(classpath, severities).onProgress(progress);
    return switch (name) {
      case "javac" -> javac;
      case "source" -> source(classpath, severities).orElseThrow(
          () -> new UsageException("the source engine is not available yet: use --engine javac"));
      default -> source(classpath, severities)
          .<Engine>map(s -> new AutoEngine(javac, s))
          .orElse(javac);
    };
  }

  /** {@code dev.gosafe.checker.source.SourceEngine(List<Path>, Map<String, String>)}, if present. */
  static Optional<Engine> source(List<Path> classpath, Map<String, String> severities) {
    try {
      Class<?> c = Class.forName(SOURCE_ENGINE, true, Engines.class.getClassLoader());
      Object e = c.getConstructor(List.class, Map.class).newInstance(classpath, severities);
      return Optional.of((Engine) e);
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError
        | ClassCastException e) {
      return Optional.empty();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException bad) {
        throw bad;
      }
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
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
