package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import java.util.Map;

/**
 * A non-reentrant lock acquired while this task holds it, and read-to-write upgrade (exclusive
 * acquire while the same lock's shared side is held) on an RWMutex or ReentrantReadWriteLock.
 */
public final class DoubleLockRule implements Rule {
  public static final String ID = "DoubleLock";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void check(MethodAnalysis a, Findings out) {
    for (Node n : a.cfg().nodes()) {
      if (!(n.event() instanceof Event.Acquire acq)) {
        continue;
      }
      for (State s : a.in(n)) {
        Ref lock = s.canonical(acq.lock());
        if (!lock.isTracked()) {
          continue;
        }
        String name = Names.of(lock);
        String call = Names.lockCall(acq.kind(), acq.mode());
        boolean exclusive = acq.mode() == Event.Mode.EXCLUSIVE;
        switch (acq.kind()) {
          case MUTEX, RW_MUTEX, STAMPED_LOCK -> {
            if (held(s, new LockKey(lock, Event.Mode.EXCLUSIVE))) {
              out.add(ID, acq.pos(), name + "." + call + " while this task already holds " + name
                  + " blocks forever (it is not reentrant); unlock before locking again, or lock once"
                  + " in the outermost method", a);
            } else if (exclusive && held(s, new LockKey(lock, Event.Mode.SHARED))) {
              out.add(ID, acq.pos(), upgrade(name, call, Names.unlockCall(acq.kind(), Event.Mode.SHARED)), a);
            }
          }
          case REENTRANT_RW_PART -> {
            if (exclusive && lock instanceof Ref.Part p && sharedPartHeld(s, p.base())) {
              out.add(ID, acq.pos(), upgrade(Names.of(p.base()), "writeLock().lock()",
                  "readLock().unlock()"), a);
            }
          }
          default -> { }
        }
      }
    }
  }

  private static String upgrade(String name, String call, String readUnlock) {
    return name + "." + call + " while this task holds " + name + "'s read lock blocks forever"
        + " (a read lock cannot be upgraded); call " + readUnlock + " first, then re-check the state"
        + " after taking the write lock";
  }

  private static boolean held(State s, LockKey key) {
    LockFact f = s.locks().get(key);
    return f != null && f.count().held();
  }

  private static boolean sharedPartHeld(State s, Ref base) {
    for (Map.Entry<LockKey, LockFact> e : s.locks().entrySet()) {
      if (e.getKey().mode() == Event.Mode.SHARED && e.getKey().lock() instanceof Ref.Part p
          && p.base().equals(base) && e.getValue().count().held()
          && e.getValue().kind() == ObjKind.REENTRANT_RW_PART) {
        return true;
      }
    }
    return false;
  }
}
