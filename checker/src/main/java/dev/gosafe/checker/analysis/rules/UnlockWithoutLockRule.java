package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.HoldCount;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;

/**
 * A release on a path that knows it does not hold the lock: it was released already, a tryLock
 * failed, or the lock() call itself threw (lock taken inside the try whose finally unlocks). A path
 * that never tried to take the lock proves nothing (conditions the model cannot correlate), so it
 * stays silent, as do methods with a lock contract and monitors.
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
    for (Node n : a.cfg().nodes()) {
      if (!(n.event() instanceof Event.Release r) || r.kind() == ObjKind.MONITOR) {
        continue;
      }
      for (State s : a.in(n)) {
        LockKey key = new LockKey(s.canonical(r.lock()), r.mode());
        LockFact f = s.locks().get(key);
        if (f != null && f.count() == HoldCount.ZERO) {
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
