package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import java.util.Map;

/**
 * A cancellable context created here reaches an exit on some path neither cancelled nor handed on
 * (returned, stored, passed to a method or constructor, captured by a task that cancels it).
 * Exceptional exits count when an ordinary call threw (not a failing cancel/close).
 * Try-with-resources is clean.
 */
public final class LostCancelRule implements Rule {
  public static final String ID = "LostCancel";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    for (Node exit : new Node[] {a.cfg().normalExit(), a.cfg().exceptionalExit()}) {
      boolean exceptional = exit == a.cfg().exceptionalExit();
      for (State s : a.in(exit)) {
        if (exceptional && (s.thrower() == null || !s.thrower().ordinary())) {
          continue;
        }
        for (Map.Entry<Ref, SourcePos> e : s.contexts().entrySet()) {
          String name = e.getKey() instanceof Ref.Local l ? l.name() : "the context";
          String when = exceptional ? "if " + s.thrower().what() : "on a path that returns";
          out.add(ID, e.getValue(), name + " is not cancelled " + when + ": its timer and everything"
              + " waiting on " + name + ".done() stay alive until the parent is cancelled; call "
              + name + ".cancel() in a finally block or open it in try-with-resources", a);
        }
      }
    }
  }
}
