package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.model.ClassModel;
import dev.gosafe.checker.model.FileModel;
import dev.gosafe.checker.model.MethodModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The cross-task rules: ChannelDeadlock, LeakedTask, ChannelCloseMisuse across tasks and
 * LockOrderInversion. For each method, the method and the tasks it starts are explored as
 * processes sharing the channels, counters and locks the method creates ({@link Explorer}, within
 * the budget of {@link InterleaveStats}); executors and threads nobody shuts down or joins are
 * found without exploring; lock orders are compared across the methods of each class.
 */
public final class InterleavingAnalysis {
  private InterleavingAnalysis() {}

  /** All cross-task findings of a file, sorted by position. */
  public static List<Finding> analyze(FileModel file) {
    return analyze(file, InterleaveStats.MAX_STATES, InterleaveStats.MAX_MILLIS);
  }

  /** As {@link #analyze(FileModel)}, with an explicit per-method budget (for tests). */
  public static List<Finding> analyze(FileModel file, int maxStates, long maxMillis) {
    List<Finding> out = new ArrayList<>();
    for (ClassModel cls : file.classes()) {
      for (MethodModel m : cls.methods()) {
        if (m.isLambda()) {
          continue;
        }
        long t0 = System.nanoTime();
        InterleaveStats.method();
        Scope scope = new Scope(m);
        if (scope.worthExploring()) {
          Explorer explorer = new Explorer(scope, maxStates, maxMillis);
          List<Explorer.Report> reports = explorer.run();
          InterleaveStats.explored(explorer.explored, explorer.exceeded);
          for (Explorer.Report r : reports) {
            out.add(finding(r, m));
          }
        }
        for (Explorer.Report r : UnownedWorkers.check(m)) {
          out.add(finding(r, m));
        }
        InterleaveStats.time(System.nanoTime() - t0, m.owner() + "#" + m.signature());
      }
      for (Map.Entry<MethodModel, Explorer.Report> e : LockOrder.check(cls)) {
        out.add(finding(e.getValue(), e.getKey()));
      }
    }
    // one finding per rule and position (an unjoined thread can also be a blocked one)
    Map<String, Finding> unique = new java.util.LinkedHashMap<>();
    for (Finding f : out) {
      unique.putIfAbsent(f.ruleId() + "@" + f.pos().offset(), f);
    }
    List<Finding> sorted = new ArrayList<>(unique.values());
    sorted.sort(Comparator.comparingInt((Finding f) -> f.pos().offset())
        .thenComparing(Finding::ruleId));
    return sorted;
  }

  private static Finding finding(Explorer.Report r, MethodModel m) {
    return new Finding(r.rule(), r.pos(), r.message(), m.owner(), m.signature(), r.flow());
  }
}
