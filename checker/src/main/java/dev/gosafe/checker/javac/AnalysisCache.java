package dev.gosafe.checker.javac;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.Context;
import dev.gosafe.checker.analysis.Analyzer;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.config.GosafeOptions;
import dev.gosafe.checker.model.FileModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The per-compilation cache, stored in the javac {@link Context}: for each compilation unit it
 * builds the {@link FileModel} with {@link JavacModelBuilder} and runs {@link Analyzer} once, so all
 * checks share one model and one analysis.
 *
 * <p>A Throwable anywhere in building or analysing is caught and kept as the unit's
 * {@link Entry#error()}; the checks report it once per file (see {@link #claimErrorReport}) and
 * compilation continues.
 *
 * <p>Sinks registered with {@link #addListener} receive every finding a check actually reports.
 */
public final class AnalysisCache {
  private static final Context.Key<AnalysisCache> KEY = new Context.Key<>();

  /** Test hook: when set, replaces {@link Analyzer#analyze} (it may throw to simulate a crash). */
  static volatile Function<FileModel, List<Finding>> analyzerHook;

  /** What went wrong, where: the class and method signature, or nulls for the whole file. */
  public record InternalError(String owner, String signature, String message, Throwable cause) {}

  /** One compilation unit's results. */
  public static final class Entry {
    private final List<Finding> findings;
    private final InternalError error;
    private boolean errorReported;

    Entry(List<Finding> findings, InternalError error) {
      this.findings = List.copyOf(findings);
      this.error = error;
    }

    public List<Finding> findings() {
      return findings;
    }

    public InternalError error() {
      return error;
    }
  }

  private final Map<CompilationUnitTree, Entry> entries = new IdentityHashMap<>();
  private final List<Consumer<Finding>> sinks = new CopyOnWriteArrayList<>();
  private GosafeOptions options;

  private AnalysisCache() {}

  /** The cache of this compilation, created on first use. */
  public static synchronized AnalysisCache instance(Context context) {
    AnalysisCache cache = context.get(KEY);
    if (cache == null) {
      cache = new AnalysisCache();
      context.put(KEY, cache);
    }
    return cache;
  }

  /** Every finding that a check reports in this compilation (enabled, not suppressed) also goes to {@code sink}. */
  public static void addListener(Context context, Consumer<Finding> sink) {
    instance(context).sinks.add(sink);
  }

  /** Called by the checks for each finding they report. */
  public void reported(Finding finding) {
    for (Consumer<Finding> sink : sinks) {
      sink.accept(finding);
    }
  }

  /** The options, parsed from the Error Prone flags on first use (a bad value throws, naming the flag). */
  public synchronized GosafeOptions options(VisitorState state) {
    if (options == null) {
      options = GosafeOptions.from(state.errorProneOptions().getFlags());
    }
    return options;
  }

  /** The results for the compilation unit being visited, computed on first request. */
  public synchronized Entry get(VisitorState state) {
    CompilationUnitTree unit = state.getPath().getCompilationUnit();
    Entry entry = entries.get(unit);
    if (entry == null) {
      entry = compute((JCCompilationUnit) unit, state.getTypes(), options(state));
      entries.put(unit, entry);
    }
    return entry;
  }

  /**
   * Whether the caller should report {@code entry}'s internal error now, at a method with this owner
   * and signature: yes, once, at the failing method (or, for a failure of the whole file, at the
   * first method asked about).
   */
  public synchronized boolean claimErrorReport(Entry entry, String owner, String signature) {
    InternalError e = entry.error;
    if (e == null || entry.errorReported) {
      return false;
    }
    if (e.signature() != null
        && !(e.owner().equals(owner) && e.signature().equals(signature))) {
      return false;
    }
    entry.errorReported = true;
    return true;
  }

  static Entry compute(JCCompilationUnit unit, Types types, GosafeOptions options) {
    String file = unit.getSourceFile() == null ? "?" : fileName(unit.getSourceFile().getName());
    FileModel model;
    InternalError error = null;
    try {
      JavacModelBuilder builder = JavacModelBuilder.create(unit, types);
      model = builder.build();
      JavacModelBuilder.Failure f = builder.failure();
      if (f != null) {
        error = error(file, f.owner(), f.signature(), f.error(), options);
      }
    } catch (Throwable t) {
      return new Entry(List.of(), error(file, null, null, t, options));
    }
    if (options.debug()) {
      System.err.println("gosafe model of " + file + ": " + model);
    }
    try {
      Function<FileModel, List<Finding>> hook = analyzerHook;
      List<Finding> findings = new ArrayList<>(hook != null ? hook.apply(model) : Analyzer.analyze(model, options.stateBudget()));
      return new Entry(findings, error);
    } catch (Throwable t) {
      return new Entry(List.of(), error != null ? error : error(file, null, null, t, options));
    }
  }

  private static InternalError error(String file, String owner, String signature, Throwable t,
      GosafeOptions options) {
    String where = signature == null ? "while analysing the file" : "in method " + owner + "." + signature;
    String message = "gosafe internal error in " + file + " " + where + ": " + t
        + "; gosafe's checks skipped " + (signature == null ? "this file" : "this method")
        + ", please report it with this message";
    if (options.debug()) {
      t.printStackTrace();
    }
    return new InternalError(owner, signature, message, t);
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
