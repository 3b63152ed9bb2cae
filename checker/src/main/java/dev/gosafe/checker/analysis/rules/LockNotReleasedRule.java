package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A lock this method acquires is still held at a normal or exceptional exit on some path. Silent
 * for methods with a lock contract, for monitors (Java releases them), and for a field or
 * parameter lock that the method never releases (in any mode) on any path (a lock-in-one-method
 * design), for a field or parameter lock the method first releases on its caller's behalf and
 * takes back ({@link CallerHeldLocks}), for exceptions thrown by an unlock/close itself (misuse,
 * reported by other rules) and for exceptions thrown by cleanup code in a finally block.
 */
public final class LockNotReleasedRule implements Rule {
  public static final String ID = "LockNotReleased";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    if (a.method().hasLockContract()) {
      return;
    }
    Set<Ref> released = new HashSet<>();
    for (Node n : a.cfg().nodes()) {
      if (n.event() instanceof Event.Release r) {
        for (State s : a.in(n)) {
          released.add(Names.base(s.canonical(r.lock())));
        }
      }
    }
    Set<Ref> callerHeld = CallerHeldLocks.of(a);
    for (Node exit : new Node[] {a.cfg().normalExit(), a.cfg().exceptionalExit()}) {
      boolean exceptional = exit == a.cfg().exceptionalExit();
      for (State s : a.in(exit)) {
        if (exceptional && s.thrower() != null && !s.thrower().ordinary()) {
          continue; // a failing unlock()/close() is misuse reported elsewhere, not a leak
        }
        for (Map.Entry<LockKey, LockFact> e : s.locks().entrySet()) {
          LockFact f = e.getValue();
          LockKey k = e.getKey();
          if (!f.count().held() || f.kind() == ObjKind.MONITOR || f.acquiredAt() == null) {
            continue;
          }
          if (!released.contains(Names.base(k.lock())) && Names.isFieldOrParam(k.lock(), a.method().params())) {
            continue;
          }
          if (callerHeld.contains(Names.base(k.lock()))) {
            continue; // re-taken on the caller's behalf after releasing it (see CallerHeldLocks)
          }
          String name = Names.of(k.lock());
          String lock = Names.lockCall(f.kind(), k.mode());
          String unlock = Names.unlockCall(f.kind(), k.mode());
          String when = exceptional && s.thrower() != null
              ? "if " + s.thrower().what()
              : exceptional ? "if an exception is thrown" : "on a path that returns without " + unlock;
          out.add(ID, f.acquiredAt(), name + " stays locked " + when + ": the next " + lock
              + " blocks forever; call " + unlock + " in a finally block right after " + lock,
              a);
        }
      }
    }
  }
}
