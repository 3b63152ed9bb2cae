package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.SourcePos;
import dev.gosafe.checker.model.Stmt;
import java.util.Set;

/**
 * A WaitGroup or latch created in this method (or, when summarising a loop or task body, a counter
 * of the enclosing method counted from 0): its balance {@code adds - completions} (for a latch,
 * {@code count - countDowns}), where the first increment and the last completion are, and the
 * loops whose events on it were already counted by a loop summary at the loop's entry.
 */
public record CounterFact(Sum balance, ObjKind kind, SourcePos addPos, SourcePos donePos,
    Set<Stmt> summarisedBy) {

  public CounterFact withBalance(Sum b) {
    return new CounterFact(b, kind, addPos, donePos, summarisedBy);
  }
}
