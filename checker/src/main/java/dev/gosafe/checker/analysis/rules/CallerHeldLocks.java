package dev.gosafe.checker.analysis.rules;

import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.flow.MethodAnalysis;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Field or parameter locks that the method releases before it ever takes them: at some release,
 * no path reaching it has acquired, tried or released that lock in any mode. Such a method runs with the lock held by
 * its caller ("call only while holding lock") and typically drops it around slow work and takes it
 * back ({@code lock.unlock(); grow(); lock.lock();}), so neither the first release nor holding it
 * at exit is a misuse. The lock-pairing rules stay silent for these locks (precision first).
 */
final class CallerHeldLocks {
  private CallerHeldLocks() {}

  /** The bases ({@link Names#base}) of the locks this method releases on its caller's behalf. */
  static Set<Ref> of(MethodAnalysis a) {
    Set<Ref> out = new HashSet<>();
    for (Node n : a.cfg().nodes()) {
      if (!(n.event() instanceof Event.Release r) || r.kind() == ObjKind.MONITOR) {
        continue;
      }
      Collection<State> in = a.in(n);
      if (in.isEmpty()) {
        continue;
      }
      Ref base = null;
      boolean untouched = true;
      for (State s : in) {
        Ref lock = s.canonical(r.lock());
        Ref b = Names.base(lock);
        if (!lock.isTracked() || !Names.isFieldOrParam(lock, a.method().params())
            || (base != null && !base.equals(b))
            || s.locks().keySet().stream().anyMatch(k -> Names.base(k.lock()).equals(b))) {
          untouched = false;
          break;
        }
        base = b;
      }
      if (untouched && base != null) {
        out.add(base);
      }
    }
    return out;
  }
}
