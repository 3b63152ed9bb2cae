package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.Finding;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.SourcePos;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects findings, one per rule and position (the first message wins). */
public final class Findings {
  private final List<Finding> list = new ArrayList<>();
  private final Set<String> seen = new HashSet<>();

  public void add(String ruleId, SourcePos pos, String message, MethodAnalysis where) {
    if (pos == null || !pos.isKnown()) {
      return;
    }
    if (seen.add(ruleId + "@" + pos.offset() + ":" + pos.line())) {
      list.add(new Finding(ruleId, pos, message, where.owner(), where.reportSignature(), List.of()));
    }
  }

  public List<Finding> list() {
    return list;
  }
}
