package dev.gosafe.benchmarks.checker;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskListener;
import dev.gosafe.checker.engine.Rules;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/*
 * Maintainer note. One in-process javac run over the source set, as a build would do it: a fresh
 * file manager, class files written to a fresh temporary folder (deleted afterwards, outside the
 * timed part). javac finds -Xplugin plugins, and Error Prone its BugCheckers, with ServiceLoader on
 * the annotation-processor class loader; the file manager answers that location with this class's
 * own loader (the shaded benchmark jar), so Error Prone and the gosafe checks are the classes
 * already loaded here and stay JIT-compiled across repetitions.
 */

/** Compiles a list of files in one mode and reports the elapsed time and the diagnostics. */
final class Compilation {
  /** The outcome of one run: wall time of {@code task.call()}, errors, findings per rule ID. */
  record Result(long nanos, int errors, int warnings, Map<String, Integer> findingsByRule,
      List<String> firstErrors) {}

  private final List<Path> files;
  private final List<Path> classpath;

  Compilation(List<Path> files, List<Path> classpath) {
    this.files = List.copyOf(files);
    this.classpath = List.copyOf(classpath);
  }

  Result run(CompileMode mode) {
    return run(mode, null);
  }

  /** Compiles in {@code mode}; {@code listener}, if given, is added to the task (not timed apart). */
  Result run(CompileMode mode, java.util.function.Function<JavacTask, TaskListener> listener) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out;
    try {
      out = Files.createTempDirectory("gosafe-ovh");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
      long t0 = System.nanoTime();
      StandardJavaFileManager standard =
          javac.getStandardFileManager(diags, Locale.ROOT, StandardCharsets.UTF_8);
      try (OwnLoaderFileManager fm = new OwnLoaderFileManager(standard)) {
        JavacTask task = (JavacTask) javac.getTask(null, fm, diags, options(mode, out), null,
            standard.getJavaFileObjectsFromPaths(files));
        if (listener != null) {
          task.addTaskListener(listener.apply(task));
        }
        task.call();
      }
      long nanos = System.nanoTime() - t0;
      return summarize(nanos, diags.getDiagnostics());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(out);
    }
  }

  private List<String> options(CompileMode mode, Path out) {
    List<String> opts = new ArrayList<>(List.of(
        "--release", "21",
        "-XDcompilePolicy=simple",
        "--should-stop=ifError=FLOW",
        "-XDaddTypeAnnotationsToSymbol=true",
        "-proc:none",
        "-implicit:none",
        "-encoding", "UTF-8",
        "-Xmaxwarns", "100000",
        "-d", out.toString(),
        "-classpath", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList())));
    String ep = mode.errorProneArgument(Rules.IDS);
    if (ep != null) {
      opts.add(ep);
    }
    return opts;
  }

  private static Result summarize(long nanos, List<Diagnostic<? extends JavaFileObject>> diags) {
    int errors = 0;
    int warnings = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    List<String> firstErrors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diags) {
      String msg = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors++;
        if (firstErrors.size() < 5) {
          firstErrors.add((d.getSource() == null ? "" : d.getSource().getName() + ":"
              + d.getLineNumber() + ": ") + msg);
        }
      } else if (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings++;
      }
      if (msg != null && msg.startsWith("[")) {
        String id = msg.substring(1, Math.max(1, msg.indexOf(']')));
        if (Rules.isRule(id)) {
          byRule.merge(id, 1, Integer::sum);
        }
      }
      if (msg != null && msg.toLowerCase(Locale.ROOT).contains("gosafe internal error")) {
        byRule.merge("internal-error", 1, Integer::sum);
      }
    }
    return new Result(nanos, errors, warnings, byRule, firstErrors);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder; leave it
    }
  }

  /** Answers the processor path with this class's loader (see the maintainer note). */
  private static final class OwnLoaderFileManager
      extends ForwardingJavaFileManager<StandardJavaFileManager> {
    OwnLoaderFileManager(StandardJavaFileManager fm) {
      super(fm);
    }

    @Override
    public boolean hasLocation(Location location) {
      if (location == StandardLocation.ANNOTATION_PROCESSOR_PATH) {
        return true;
      }
      if (location == StandardLocation.ANNOTATION_PROCESSOR_MODULE_PATH) {
        return false;
      }
      return super.hasLocation(location);
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
      if (location == StandardLocation.ANNOTATION_PROCESSOR_PATH) {
        return Compilation.class.getClassLoader();
      }
      return super.getClassLoader(location);
    }
  }
}
