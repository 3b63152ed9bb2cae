package dev.gosafe.checker.cli;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The steps of {@code gosafe check} for tools that embed it (the Maven goal): choosing the
 * engine, finding the files, ordering the results, the summary line, the SARIF report and the
 * fail-on decision. {@link Main} runs the same steps, so both report alike.
 */
public final class EmbeddedCheck {
  private EmbeddedCheck() {}

  /**
   * The engine named {@code auto}, {@code javac} or {@code source}, as {@code --engine} chooses.
   *
   * @throws IllegalArgumentException for an unknown name or a bad severity override (the message
   *     names it)
   */
  public static Engine engine(String name, List<Path> classpath, Map<String, String> severities) {
    if (!List.of("auto", "javac", "source").contains(name)) {
      throw new IllegalArgumentException(
          "bad engine '" + name + "': use auto, javac or source");
    }
    return Engines.create(name, classpath, severities, n -> { });
  }

  /**
   * Files to check, and the paths that could not be taken.
   *
   * @param files {@code .java} files, in a deterministic order
   * @param errors paths that do not exist or are not {@code .java} files
   */
  public record Found(List<Path> files, List<InputError> errors) {
    public Found {
      files = List.copyOf(files);
      errors = List.copyOf(errors);
    }
  }

  /**
   * The {@code .java} files under {@code paths}: files as given, folders walked (hidden folders
   * skipped, sorted per folder), as {@code gosafe check PATH...} finds them.
   */
  public static Found javaFiles(List<Path> paths) {
    List<String> args = new ArrayList<>();
    for (Path p : paths) {
      args.add(p.toAbsolutePath().toString());
    }
    SourceFiles.Found found = SourceFiles.find(args, Path.of("").toAbsolutePath());
    return new Found(found.files(), found.errors());
  }

  /**
   * {@code r} with {@code extraErrors} added, findings and errors in report order (path relative
   * to {@code base}, line, column, rule).
   */
  public static CheckResult sorted(CheckResult r, List<InputError> extraErrors, Path base) {
    List<InputError> errors = new ArrayList<>(extraErrors);
    errors.addAll(r.inputErrors());
    errors.sort(Comparator.comparing((InputError e) -> SourceFiles.display(e.file(), base))
        .thenComparingInt(InputError::line));
    List<Diagnostic> findings = new ArrayList<>(r.findings());
    findings.sort(Comparator.comparing((Diagnostic d) -> SourceFiles.display(d.file(), base))
        .thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column)
        .thenComparing(d -> d.ruleId() == null ? "" : d.ruleId()));
    return new CheckResult(findings, errors);
  }

  /** The summary line, e.g. {@code gosafe: 1 finding (1 warning) in 3 files}. */
  public static String summary(CheckResult r, int fileCount) {
    return TextReport.summary(r, fileCount);
  }

  /** SARIF 2.1.0, with locations relative to {@code base}. */
  public static String sarif(CheckResult r, Path base) {
    return SarifReport.render(r, base);
  }

  /**
   * Whether a rule finding is at or above {@code failOn} ({@code warning}, {@code error} or
   * {@code never}); internal errors never fail.
   */
  public static boolean failing(List<Diagnostic> findings, String failOn) {
    return Main.failing(findings, failOn);
  }
}
