package dev.gosafe.checker.analysis;

import dev.gosafe.checker.analysis.flow.Dataflow;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.analysis.flow.StmtWalker;
import dev.gosafe.checker.analysis.flow.Summaries;
import dev.gosafe.checker.analysis.interleave.InterleavingAnalysis;
import dev.gosafe.checker.analysis.rules.Findings;
import dev.gosafe.checker.analysis.rules.LocalRules;
import dev.gosafe.checker.analysis.rules.Rule;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.MethodModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one entry point of the shared analyses: every local rule over every method and every task
 * body (a lambda is analysed as its own method, its findings attributed to the enclosing method),
 * then the interleaving rules.
 */
public final class Analyzer {
  private Analyzer() {}

  /** Orders findings by position, then rule. */
  public static final Comparator<Finding> ORDER = Comparator
      .comparingInt((Finding f) -> f.pos().line())
      .thenComparingInt(f -> f.pos().column())
      .thenComparingInt(f -> f.pos().offset())
      .thenComparing(Finding::ruleId);

  /** All rules' findings for one file, sorted by position, with the default state budget. */
  public static List<Finding> analyze(FileModel file) {
    return analyze(file, Dataflow.DEFAULT_BUDGET);
  }

  /**
   * All rules' findings for one file, sorted by position.
   *
   * @param stateBudget the most path states the local rules keep per CFG node before they skip a
   *     method silently (counted in {@link dev.gosafe.checker.analysis.flow.AnalysisStats})
   */
  public static List<Finding> analyze(FileModel file, int stateBudget) {
    Findings local = new Findings();
    List<Rule> rules = LocalRules.all();
    Summaries summaries = new Summaries(file);
    for (ClassModel c : file.classes()) {
      for (MethodModel m : c.methods()) {
        for (MethodModel body : withTaskBodies(m)) {
          MethodAnalysis a = MethodAnalysis.of(body, c.name(), m.signature(), summaries,
              stateBudget);
          if (!a.completed()) {
            continue;
          }
          for (Rule r : rules) {
            r.check(a, local);
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>(local.list());
    out.addAll(InterleavingAnalysis.analyze(file));
    out.sort(ORDER);
    return out;
  }

  /** The method and every task body it starts, transitively. */
  static List<MethodModel> withTaskBodies(MethodModel m) {
    List<MethodModel> out = new ArrayList<>();
    out.add(m);
    for (int i = 0; i < out.size(); i++) {
      StmtWalker.events(out.get(i).body(), false, e -> {
        if (e instanceof Event.Start st && st.body() != null) {
          out.add(st.body());
        }
      });
    }
    return out;
  }
}
