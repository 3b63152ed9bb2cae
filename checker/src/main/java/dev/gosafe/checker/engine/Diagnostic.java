package dev.gosafe.checker.engine;

import dev.gosafe.checker.analysis.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * One finding reported by an {@link Engine}.
 *
 * @param file the checked file, as it was given to the engine
 * @param line 1-based line
 * @param column 1-based column
 * @param severity the reported severity (after {@code -Xep} overrides)
 * @param ruleId the rule's ID (SPEC.md), or null for a gosafe internal error
 * @param message what happens at run time and the fix, without the rule prefix or docs link
 * @param engine the name of the engine that found it ({@code "javac"}, {@code "source"})
 * @param flow the steps that lead to the problem, possibly empty
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String ruleId,
    String message, String engine, List<Finding.Step> flow) {

  public Diagnostic {
    flow = flow == null ? List.of() : List.copyOf(flow);
  }
}
