package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lock this method acquires is still held at a normal or exceptional exit on some path. Silent
 * for methods with a lock contract, for monitors (Java releases them), and for a field or
 * parameter lock that the method never releases (in any mode) on any path (a lock-in-one-method
 * design), for a field or parameter lock the method first releases on its caller's behalf and
 * takes back ({@link CallerHeldLocks}), for exceptions thrown by an unlock/close itself (misuse,
 * reported by other rules), for exceptions thrown by cleanup code in a finally block, and for a
 * field or parameter lock returned held on purpose, where a boolean flag guards every release.
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
    Map<Ref, List<State>> releaseStates = new HashMap<>();
    for (Node n : a.cfg().nodes()) {
      if (n.event() instanceof Event.Release r) {
        for (State s : a.in(n)) {
          Ref base = Names.base(s.canonical(r.lock()));
          released.add(base);
          releaseStates.computeIfAbsent(base, k -> new ArrayList<>()).add(s);
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
          if (!exceptional && Names.isFieldOrParam(k.lock(), a.method().params())
              && handedToCaller(s, releaseStates.getOrDefault(Names.base(k.lock()), List.of()))) {
            continue;
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

  /**
   * Whether the method keeps the lock on purpose on this returning path: every release of the lock
   * runs only when some boolean local has the opposite of the value it has here, as in an
   * "enter if" API ({@code boolean ok = false; try { return ok = test(); } finally { if (!ok)
   * lock.unlock(); }}, Guava's {@code Monitor.enterIf}), which returns holding the lock for its
   * caller to release.
   */
  private static boolean handedToCaller(State exit, List<State> releases) {
    if (releases.isEmpty()) {
      return false;
    }
    for (Map.Entry<Ref.Local, Boolean> flag : exit.bools().entrySet()) {
      boolean guards = true;
      for (State r : releases) {
        if (!Boolean.valueOf(!flag.getValue()).equals(r.bools().get(flag.getKey()))) {
          guards = false;
          break;
        }
      }
      if (guards) {
        return true;
      }
    }
    return false;
  }
}
