package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.flow.MethodAnalysis;

/** One local rule: reads a completed {@link MethodAnalysis} and reports to {@link Findings}. */
public interface Rule {
  /** The rule ID of SPEC.md. */
  String id();

  void check(MethodAnalysis analysis, Findings out);
}
