package dev.gosafe.benchmarks.checker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import dev.gosafe.checker.analysis.Analyzer;
import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.analysis.flow.Dataflow;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.analysis.flow.StmtWalker;
import dev.gosafe.checker.analysis.flow.Summaries;
import dev.gosafe.checker.analysis.interleave.InterleaveStats;
import dev.gosafe.checker.analysis.interleave.InterleavingAnalysis;
import dev.gosafe.checker.analysis.rules.Findings;
import dev.gosafe.checker.analysis.rules.LocalRules;
import dev.gosafe.checker.analysis.rules.Rule;
import dev.gosafe.checker.javac.JavacModelBuilder;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.MethodModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/*
 * Maintainer note. Times the shared analyses one method at a time, using only their public entry
 * points, during a plain javac run (a TaskListener at the end of ANALYZE, when every top-level
 * class of the unit is attributed; under -XDcompilePolicy=simple nothing is desugared before all
 * units are analysed). For each unit: the FileModel is built once (as AnalysisCache does), then
 *  - per file: Analyzer.analyze(model) as the checks run it;
 *  - per method m of each ClassModel (Analyzer's own loop): the local dataflow and its rules over m
 *    and the task bodies it starts (MethodAnalysis.of + LocalRules, as Analyzer does), plus the
 *    interleaving analysis of m (InterleavingAnalysis on a class holding only m; lambdas skipped
 *    as InterleavingAnalysis skips them). Summaries are built once per file and timed per file.
 * The class-level lock-order comparison across methods is inside the per-file figure only.
 */

/** Per-method and per-file analysis times over several passes. */
final class MethodTimes {
  /** "File.java: Owner#signature" of each method, in source order (same order in every pass). */
  final List<String> methodNames = new ArrayList<>();
  /** Per pass, the nanoseconds of each method, in the order of {@link #methodNames}. */
  final List<List<Long>> methodNanosByPass = new ArrayList<>();
  /** Nanoseconds of Analyzer.analyze per file, per pass. */
  final Map<String, List<Long>> perFile = new LinkedHashMap<>();
  /** Nanoseconds of building the FileModel per file, per pass. */
  final Map<String, List<Long>> modelPerFile = new LinkedHashMap<>();
  /** Number of methods in the models, including lambdas (last pass). */
  int methods;
  /** Number of task bodies (lambdas started as tasks) analysed with their method (last pass). */
  int taskBodies;

  /** Methods whose interleaving exploration hit its budget (last pass), with states and time. */
  final List<String> interleaveExceeded = new ArrayList<>();
  /** Method and task bodies whose dataflow hit the state budget (last pass). */
  final List<String> dataflowExceeded = new ArrayList<>();
  /** Findings of Analyzer.analyze (last pass), as "Rule in methodName-without-digits" → count. */
  final Map<String, Integer> findings = new java.util.TreeMap<>();

  private final int budget = Dataflow.DEFAULT_BUDGET;

  /** One pass over the source set: a plain compilation with the timing listener. */
  void pass(Compilation compilation) {
    methods = 0;
    taskBodies = 0;
    interleaveExceeded.clear();
    dataflowExceeded.clear();
    findings.clear();
    methodNanosByPass.add(new ArrayList<>());
    Compilation.Result r = compilation.run(CompileMode.PLAIN, this::listener);
    if (r.errors() > 0) {
      throw new IllegalStateException("source set does not compile: " + r.firstErrors());
    }
  }

  private TaskListener listener(JavacTask task) {
    Types types = Types.instance(((BasicJavacTask) task).getContext());
    Map<CompilationUnitTree, Integer> seen = new IdentityHashMap<>();
    return new TaskListener() {
      @Override
      public void finished(TaskEvent e) {
        if (e.getKind() != TaskEvent.Kind.ANALYZE || e.getCompilationUnit() == null) {
          return;
        }
        CompilationUnitTree unit = e.getCompilationUnit();
        int classes = (int) unit.getTypeDecls().stream().filter(t -> t instanceof ClassTree).count();
        int done = seen.merge(unit, 1, Integer::sum);
        if (done == classes) {
          measure((JCCompilationUnit) unit, types);
        }
      }
    };
  }

  private void measure(JCCompilationUnit unit, Types types) {
    String file = unit.getSourceFile().getName();
    long t0 = System.nanoTime();
    FileModel model = JavacModelBuilder.create(unit, types).build();
    long t1 = System.nanoTime();
    List<Finding> found = Analyzer.analyze(model, budget);
    long t2 = System.nanoTime();
    for (Finding f : found) {
      String method = f.methodSignature() == null ? "?" : f.methodSignature();
      int paren = method.indexOf('(');
      method = (paren < 0 ? method : method.substring(0, paren)).replaceAll("[0-9]+$", "");
      findings.merge(f.ruleId() + " in " + method, 1, Integer::sum);
    }
    add(modelPerFile, file, t1 - t0);
    add(perFile, file, t2 - t1);

    List<Rule> rules = LocalRules.all();
    Summaries summaries = new Summaries(model);
    for (ClassModel c : model.classes()) {
      for (MethodModel m : c.methods()) {
        methods++;
        long s = System.nanoTime();
        Findings sink = new Findings();
        List<MethodModel> bodies = withTaskBodies(m);
        taskBodies += bodies.size() - 1;
        for (MethodModel body : bodies) {
          MethodAnalysis a = MethodAnalysis.of(body, c.name(), m.signature(), summaries, budget);
          if (a.completed()) {
            for (Rule rule : rules) {
              rule.check(a, sink);
            }
          } else {
            dataflowExceeded.add(c.name() + "#" + body.signature());
          }
        }
        long interleaveStart = System.nanoTime();
        if (!m.isLambda()) {
          // the counters are process-wide; the timed compilations have been read already
          InterleaveStats.reset();
          ClassModel only = new ClassModel(c.name(), c.pos(), c.fields(), List.of(m));
          InterleavingAnalysis.analyze(new FileModel(model.path(), List.of(only)));
        }
        long end = System.nanoTime();
        long nanos = end - s;
        if (!m.isLambda() && InterleaveStats.budgetExceeded() > 0) {
          interleaveExceeded.add(c.name() + "#" + m.signature() + " states="
              + InterleaveStats.states() + " interleave-ms="
              + String.format(java.util.Locale.ROOT, "%.1f", (end - interleaveStart) / 1e6));
        }
        List<Long> thisPass = methodNanosByPass.get(methodNanosByPass.size() - 1);
        if (methodNanosByPass.size() == 1) {
          methodNames.add(shortName(file) + ": " + c.name() + "#" + m.signature());
        }
        thisPass.add(nanos);
      }
    }
  }

  /** The method and the task bodies it starts, transitively (as Analyzer walks them). */
  private static List<MethodModel> withTaskBodies(MethodModel m) {
    List<MethodModel> out = new ArrayList<>();
    out.add(m);
    for (int i = 0; i < out.size(); i++) {
      StmtWalker.events(out.get(i).body(), false, ev -> {
        if (ev instanceof Event.Start st && st.body() != null) {
          out.add(st.body());
        }
      });
    }
    return out;
  }

  private static void add(Map<String, List<Long>> map, String key, long nanos) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(nanos);
  }

  private static String shortName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
