package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.CounterFact;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.analysis.flow.StmtWalker;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code wg.add()} inside a started task body, on a WaitGroup created by the starting method and
 * awaited by it, when nothing was added for that task before it started (the balance at the start
 * is exactly 0 and no add precedes it in the same loop iteration): await() may run before the add
 * and return early.
 */
public final class WaitGroupAddInTaskRule implements Rule {
  public static final String ID = "WaitGroupAddInTask";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    Set<Ref> awaited = new HashSet<>();
    for (Node n : a.cfg().nodes()) {
      if (n.event() instanceof Event.CounterAwait w) {
        for (State s : a.in(n)) {
          awaited.add(s.canonical(w.counter()));
        }
      }
    }
    if (awaited.isEmpty()) {
      return;
    }
    for (Node n : a.cfg().nodes()) {
      if (!(n.event() instanceof Event.Start st) || st.body() == null) {
        continue;
      }
      for (State s : a.in(n)) {
        StmtWalker.events(st.body().body(), false, e -> {
          if (!(e instanceof Event.CounterAdd add) || add.kind() != ObjKind.WAIT_GROUP) {
            return;
          }
          Ref c = s.canonical(add.counter());
          CounterFact f = s.counters().get(c);
          if (f == null || !awaited.contains(c) || !f.balance().isConstant()
              || f.balance().constant() != 0 || addedInSameIteration(a, st, f, c, s)) {
            return;
          }
          if (st.kind() == Event.StartKind.WAIT_GROUP_GO && s.canonical(st.via()).equals(c)) {
            return;
          }
          String name = Names.of(c);
          out.add(ID, add.pos(), name + ".add() runs inside the task it counts, so " + name
              + ".await() can run first and return before the task is done; call " + name
              + ".add() before starting the task, or use " + name + ".go()", a);
        });
      }
    }
  }

  /** Inside a loop summarised for this counter, the state does not show this iteration's adds: look for one. */
  private static boolean addedInSameIteration(MethodAnalysis a, Event.Start st, CounterFact f, Ref c,
      State s) {
    for (Stmt loop : a.loopsOf(st)) {
      if (!f.summarisedBy().contains(loop)) {
        continue;
      }
      Stmt body = loop instanceof Stmt.Loop l ? l.body() : ((Stmt.Range) loop).body();
      boolean[] found = {false};
      StmtWalker.events(body, false, e -> {
        if (e instanceof Event.CounterAdd add && s.canonical(add.counter()).equals(c)) {
          found[0] = true;
        }
        if (e instanceof Event.Start other && other.kind() == Event.StartKind.WAIT_GROUP_GO
            && s.canonical(other.via()).equals(c)) {
          found[0] = true;
        }
      });
      if (found[0]) {
        return true;
      }
    }
    return false;
  }
}
