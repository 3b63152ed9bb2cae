package dev.gosafe.checker.cli;

import dev.gosafe.checker.engine.CheckResult;
import dev.gosafe.checker.engine.Diagnostic;
import dev.gosafe.checker.engine.Engine;
import dev.gosafe.checker.engine.InputError;
import dev.gosafe.checker.engine.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gosafe check [--classpath CP] [--format text|sarif] [--output FILE]
 * [--fail-on warning|error|never] [--engine auto|javac|source] PATH...} (SPEC.md, "Command
 * line"). Exit codes: 0 clean, 1 findings at or above {@code --fail-on}, 2 usage or input errors.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err, Path.of("").toAbsolutePath(),
        isTerminal());
    System.out.flush();
    System.exit(code);
  }

  /** Whether the standard streams are a terminal (JDK 22+ has a Console even when redirected). */
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }

  /**
   * Runs the command line; never throws.
   *
   * @param cwd the folder relative paths are resolved against and shown relative to
   * @param interactive whether standard error is a terminal (progress is shown)
   * @return the exit code
   */
  public static int run(List<String> args, PrintStream out, PrintStream err, Path cwd,
      boolean interactive) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (UsageException e) {
      err.println("gosafe: " + e.getMessage());
      err.println("usage: gosafe check [--classpath CP] [--format text|sarif] [--output FILE]"
          + " [--fail-on warning|error|never] [--engine auto|javac|source] PATH...");
      err.println("       (gosafe --help for details)");
      return 2;
    }
    if (o.help()) {
      out.print(Options.USAGE);
      return 0;
    }
    try {
      return check(o, out, err, cwd, interactive || o.verbose());
    } catch (UsageException e) {
      err.println("gosafe: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("gosafe: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("gosafe: cannot write " + o.output() + ": " + e.getMessage());
      return 2;
    } catch (RuntimeException | Error e) {
      String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      err.println("gosafe: internal error: " + msg.lines().findFirst().orElse(""));
      return 2;
    }
  }

  private static int check(Options o, PrintStream out, PrintStream err, Path cwd,
      boolean progress) throws UsageException, IOException {
    long started = System.nanoTime();
    SourceFiles.Found found = SourceFiles.find(o.paths(), cwd);
    List<Path> classpath = new ArrayList<>();
    for (Path p : o.classpath()) {
      classpath.add(cwd.resolve(p));
    }
    int total = found.files().size();
    java.util.function.IntConsumer onFile = done -> {
      if (progress && done % 100 == 0 && done < total) {
        err.println("gosafe: " + done + " of " + total + " files checked");
      }
    };
    Engine engine = Engines.create(o.engine(), classpath, o.severities(), onFile);
    if (progress) {
      err.println("gosafe: checking " + total + " file" + (total == 1 ? "" : "s") + " with the "
          + engine.name() + " engine");
    }
    CheckResult engineResult = found.files().isEmpty()
        ? new CheckResult(List.of(), List.of())
        : engine.check(found.files());
    CheckResult result = EmbeddedCheck.sorted(engineResult, found.errors(), cwd);
    List<InputError> errors = result.inputErrors();
    List<Diagnostic> findings = result.findings();

    for (InputError e : errors) {
      err.println(TextReport.inputError(e, cwd));
    }
    String summary = TextReport.summary(result, found.files().size());
    String report;
    if (o.format().equals("sarif")) {
      report = SarifReport.render(result, cwd);
    } else {
      StringBuilder s = new StringBuilder();
      for (Diagnostic d : findings) {
        s.append(TextReport.finding(d, cwd)).append('\n');
      }
      report = s.toString();
    }
    if (o.output() != null) {
      Path target = cwd.resolve(o.output());
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(target, report, StandardCharsets.UTF_8);
      out.println(summary);
    } else if (o.format().equals("sarif")) {
      out.print(report);
      err.println(summary);
    } else {
      out.print(report);
      out.println(summary);
    }
    if (o.verbose()) {
      err.printf("gosafe: done in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }
    if (!errors.isEmpty()) {
      return 2;
    }
    return failing(findings, o.failOn()) ? 1 : 0;
  }

  /** Whether a rule finding is at or above {@code failOn}; internal errors never fail a build. */
  static boolean failing(List<Diagnostic> findings, String failOn) {
    for (Diagnostic d : findings) {
      if (d.ruleId() == null) {
        continue;
      }
      boolean fails = switch (failOn) {
        case "warning" -> d.severity() == Severity.WARNING || d.severity() == Severity.ERROR;
        case "error" -> d.severity() == Severity.ERROR;
        default -> false;
      };
      if (fails) {
        return true;
      }
    }
    return false;
  }
}
