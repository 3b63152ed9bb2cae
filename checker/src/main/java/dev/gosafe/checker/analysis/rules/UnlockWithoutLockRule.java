package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.HoldCount;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import java.util.HashSet;
import java.util.Set;

/**
 * A release on a path where this method's own tracking says the lock is not held: never taken on
 * this path, released already, a tryLock that failed, or a lock() that threw (lock taken inside
 * the try whose finally unlocks). Only for locks the method acquires (in some mode) on some path,
 * so a lone unlock helper stays silent; monitors and methods with a lock contract are exempt, and
 * so is a first release of a field or parameter lock the caller holds ({@link CallerHeldLocks}).
 */
public final class UnlockWithoutLockRule implements Rule {
  public static final String ID = "UnlockWithoutLock";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    if (a.method().hasLockContract()) {
      return;
    }
    Set<Ref> acquired = new HashSet<>();
    for (Node n : a.cfg().nodes()) {
      Ref lock = n.event() instanceof Event.Acquire acq ? acq.lock()
          : n.cond() instanceof Cond.TryAcquire t ? t.lock() : null;
      if (lock != null) {
        for (State s : a.in(n)) {
          acquired.add(Names.base(s.canonical(lock)));
        }
      }
    }
    Set<Ref> callerHeld = CallerHeldLocks.of(a);
    for (Node n : a.cfg().nodes()) {
      if (!(n.event() instanceof Event.Release r) || r.kind() == ObjKind.MONITOR) {
        continue;
      }
      for (State s : a.in(n)) {
        LockKey key = new LockKey(s.canonical(r.lock()), r.mode());
        if (!key.lock().isTracked() || !acquired.contains(Names.base(key.lock()))) {
          continue;
        }
        LockFact f = s.locks().get(key);
        if (f == null && callerHeld.contains(Names.base(key.lock()))) {
          continue; // released on the caller's behalf (see CallerHeldLocks)
        }
        if (f == null || f.count() == HoldCount.ZERO) {
          String name = Names.of(key.lock());
          String unlock = Names.unlockCall(r.kind(), r.mode());
          String lock = Names.lockCall(r.kind(), r.mode());
          out.add(ID, r.pos(), name + "." + unlock + " runs on a path where " + name
              + " is not held (never locked, already unlocked, or its " + lock
              + " failed) and throws IllegalStateException or IllegalMonitorStateException; call "
              + lock + " right before the try and unlock only what was locked", a);
        }
      }
    }
  }
}
