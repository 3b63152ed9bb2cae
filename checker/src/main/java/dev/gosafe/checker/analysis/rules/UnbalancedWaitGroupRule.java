package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.CounterFact;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.domain.Sum;
import dev.gosafe.checker.analysis.domain.Thrower;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.analysis.flow.Summaries;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.Map;

/**
 * For a WaitGroup or latch created in this method: adds (and a latch's initial count) versus
 * completions, where a started task body counts once if it calls done() on every path. Reported
 * when the counts provably differ at the normal exit (fewer completions at the first add or the
 * constructor, more at the last done), and when a task calls done() only on its normal path. Any
 * unknown count, escape or invisible task body makes the counter unknown: silent. An extra
 * countDown() on a latch is harmless and not reported.
 */
public final class UnbalancedWaitGroupRule implements Rule {
  public static final String ID = "UnbalancedWaitGroup";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    for (State s : a.in(a.cfg().normalExit())) {
      for (Map.Entry<Ref, CounterFact> e : s.counters().entrySet()) {
        CounterFact f = e.getValue();
        Sum b = f.balance();
        if (!b.provablyNonZero()) {
          continue;
        }
        String name = Names.of(e.getKey());
        boolean latch = f.kind() == ObjKind.LATCH;
        if (b.constant() > 0 && f.addPos() != null) {
          out.add(ID, f.addPos(), latch
              ? name + " is counted down " + b.constant() + " time(s) fewer than its count on some path:"
                  + " " + name + ".await() blocks forever; make the count equal the number of countDown() calls"
              : name + " gets " + b.constant() + " more " + Names.add(f.kind()) + " than "
                  + Names.done(f.kind()) + " on some path: " + name + "." + Names.await(f.kind())
                  + " blocks forever; add exactly one per task that completes it", a);
        } else if (b.constant() < 0 && !latch && f.donePos() != null) {
          out.add(ID, f.donePos(), name + "." + Names.done(f.kind()) + " runs " + (-b.constant())
              + " more time(s) than added on some path: the counter goes negative and it throws"
              + " IllegalStateException; call " + Names.add(f.kind()) + " before starting each task", a);
        }
      }
    }
    for (Node n : a.cfg().nodes()) {
      if (n.kind() != Node.Kind.NOP
          || !(n.origin() instanceof Stmt.Loop || n.origin() instanceof Stmt.Range)) {
        continue;
      }
      for (State s : a.in(n)) {
        if (s.counters().isEmpty()) {
          continue;
        }
        for (Map.Entry<Ref, Summaries.Delta> e : a.summaries().unbalancedIterations(n.origin(), s).entrySet()) {
          Summaries.Delta d = e.getValue();
          CounterFact f = s.counters().get(e.getKey());
          if (f == null) {
            continue;
          }
          String name = Names.of(e.getKey());
          boolean latch = f.kind() == ObjKind.LATCH;
          if (d.sum().constant() > 0 && d.addPos() != null) {
            out.add(ID, d.addPos(), "on some iterations " + name + " gets " + d.sum().constant()
                + " more add() than done(): " + name + ".await() then blocks forever; add only"
                + " for the tasks actually started", a);
          } else if (d.sum().constant() < 0 && !latch && d.donePos() != null) {
            out.add(ID, d.donePos(), "on some iterations " + name + ".done() runs without a"
                + " matching add(): the counter goes negative and done() throws"
                + " IllegalStateException; add before each task that calls done()", a);
          }
        }
      }
    }
    for (Node n : a.cfg().nodes()) {
      if (!(n.event() instanceof Event.Start st) || st.body() == null) {
        continue;
      }
      for (State s : a.in(n)) {
        if (s.counters().isEmpty()) {
          continue;
        }
        Summaries.TaskSummary sum = a.summaries().task(st.body(), s);
        for (Ref c : sum.skippedOnReturn()) {
          CounterFact f = s.counters().get(c);
          if (f == null || (st.kind() == Event.StartKind.WAIT_GROUP_GO
              && s.canonical(st.via()).equals(c))) {
            continue;
          }
          String name = Names.of(c);
          String done = Names.done(f.kind());
          out.add(ID, f.addPos() != null ? f.addPos() : st.pos(), name + "." + done
              + " is skipped on a path where the task returns early: " + name + "."
              + Names.await(f.kind()) + " then blocks forever; call " + name + "." + done + " in a finally block", a);
        }
        for (Map.Entry<Ref, Thrower> e : sum.skippedOnThrow().entrySet()) {
          Ref c = e.getKey();
          CounterFact f = s.counters().get(c);
          Summaries.Delta d = sum.normal().get(c);
          Sum exc = sum.exceptional().get(c);
          if (f == null || d == null || !d.sum().equals(Sum.of(-1)) || exc == null
              || !exc.isConstant() || exc.constant() <= -1) {
            continue;
          }
          if (st.kind() == Event.StartKind.WAIT_GROUP_GO && s.canonical(st.via()).equals(c)) {
            continue;
          }
          String name = Names.of(c);
          String done = Names.done(f.kind());
          String what = e.getValue() == null ? "the task throws" : e.getValue().what();
          out.add(ID, f.addPos() != null ? f.addPos() : st.pos(), name + "." + done
              + " is skipped if " + what + ": " + name + "." + Names.await(f.kind())
              + " then blocks forever; call "
              + name + "." + done + " in a finally block", a);
        }
      }
    }
  }
}
