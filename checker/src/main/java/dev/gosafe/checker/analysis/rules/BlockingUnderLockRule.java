package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Stmt;
import java.util.Map;

/**
 * A blocking operation (send, receive, range step, select without default, await, untimed join,
 * sleep) while this method holds an explicit lock it acquired. For {@code synchronized} monitors
 * only {@code sleep} is reported: monitors commonly guard wait/notify hand-offs that the model does
 * not see, and a false warning costs more than a missed one.
 */
public final class BlockingUnderLockRule implements Rule {
  public static final String ID = "BlockingUnderLock";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    for (Node n : a.cfg().nodes()) {
      Event e = n.event();
      String what = e == null ? null : blocking(e, n);
      if (what == null) {
        continue;
      }
      boolean sleep = e instanceof Event.Block b && b.what().equals("sleep");
      for (State s : a.in(n)) {
        for (Map.Entry<LockKey, LockFact> h : s.locks().entrySet()) {
          LockFact f = h.getValue();
          if (!f.count().held() || f.acquiredAt() == null
              || (f.kind() == ObjKind.MONITOR && !sleep)) {
            continue;
          }
          String lock = f.kind() == ObjKind.MONITOR ? "the monitor of " + Names.of(h.getKey().lock())
              : Names.of(h.getKey().lock());
          out.add(ID, e.pos(), what + " can block while " + lock + " is held: every other task that"
              + " needs " + lock + " waits too, and deadlocks if it is the one that would unblock it;"
              + " release " + lock + " before blocking, or use a non-blocking form", a);
          break;
        }
      }
    }
  }

  private static String blocking(Event e, Node n) {
    return switch (e) {
      case Event.Send s -> Names.of(s.channel()) + (s.kind() == ObjKind.QUEUE ? ".put()" : ".send()");
      case Event.Recv r -> n.origin() instanceof Stmt.Range || isRange(n)
          ? "the loop over " + Names.of(r.channel())
          : Names.of(r.channel()) + (r.kind() == ObjKind.QUEUE ? ".take()" : ".recv()");
      case Event.Select sel -> sel.hasDefault() ? null : "select()";
      case Event.CounterAwait w -> Names.of(w.counter()) + ".await()";
      case Event.Join j -> j.timed() ? null : Names.of(j.task()) + ".join()";
      case Event.Block b -> b.what().equals("sleep") ? "Thread.sleep()" : "the " + b.what();
      default -> null;
    };
  }

  private static boolean isRange(Node n) {
    for (Node next : n.successors(dev.gosafe.checker.analysis.cfg.EdgeKind.NORMAL)) {
      if (next.origin() instanceof Stmt.Range) {
        return true;
      }
    }
    return false;
  }
}
