package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import java.util.Map;

/**
 * A cancellable context created here reaches the normal exit on some path neither cancelled nor
 * handed on (returned, stored, captured by a task that cancels it). Passing it to a call is a use,
 * not a hand-on. Exceptional exits are not judged: the context is then usually garbage with its
 * caller's, and the common {@code try/finally} already covers them.
 */
public final class LostCancelRule implements Rule {
  public static final String ID = "LostCancel";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    for (State s : a.in(a.cfg().normalExit())) {
      for (Map.Entry<Ref, SourcePos> e : s.contexts().entrySet()) {
        String name = e.getKey() instanceof Ref.Local l ? l.name() : "the context";
        out.add(ID, e.getValue(), name + " is not cancelled on some path: its timer and everything"
            + " waiting on " + name + ".done() stay alive until the parent is cancelled; call "
            + name + ".cancel() in a finally block or open it in try-with-resources", a);
      }
    }
  }
}
