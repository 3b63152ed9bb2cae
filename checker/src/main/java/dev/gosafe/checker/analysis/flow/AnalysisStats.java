package dev.gosafe.checker.analysis.flow;

import java.util.concurrent.atomic.AtomicLong;

/** Process-wide counters of the dataflow analysis (for diagnostics and tests). */
public final class AnalysisStats {
  private static final AtomicLong ANALYSED = new AtomicLong();
  private static final AtomicLong BUDGET_EXCEEDED = new AtomicLong();

  private AnalysisStats() {}

  /** Method bodies (and task bodies) analysed to a fixpoint. */
  public static long analysed() {
    return ANALYSED.get();
  }

  /** Method bodies skipped because a node had more states than the budget. */
  public static long budgetExceeded() {
    return BUDGET_EXCEEDED.get();
  }

  static void countAnalysed() {
    ANALYSED.incrementAndGet();
  }

  static void countBudgetExceeded() {
    BUDGET_EXCEEDED.incrementAndGet();
  }
}
