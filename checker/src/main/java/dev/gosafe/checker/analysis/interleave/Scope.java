package dev.gosafe.checker.analysis.interleave;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Count;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * What the explorer may reason about in one method, decided before exploring (precision policy of
 * docs/design/checker.md):
 *  - modelled objects: locals created exactly once by an Event.New in the method's own body, outside
 *    any loop, of a kind the explorer simulates, with a known capacity/initial count, and never
 *    escaping (Escape, argument of a Call, either side of a Bind);
 *  - tainted objects: everything touched inside a loop whose number of iterations the model does
 *    not pin down (not a channel range, not a constant trip count <= MAX_UNROLL, not an exit-free
 *    while(true)), and counters changed by a non-constant delta. Operations on tainted or unmodelled
 *    objects are treated as always able to complete, and nothing is reported about them;
 *  - inert starts: tasks started inside such loops or without a visible body are not simulated;
 *  - task handles: locals bound by exactly one Start outside loops (for join()).
 */
final class Scope {
  /** Constant loops up to this many iterations are unrolled. */
  static final int MAX_UNROLL = 8;

  /** A simulated object: index into the state's object slots. */
  record Obj(int index, Ref ref, ObjKind kind, long capacity, long initial) {
    boolean isChannel() {
      return kind.isChannel();
    }

    boolean isCounter() {
      return kind.isCounter();
    }

    boolean isLock() {
      return kind.isLock();
    }
  }

  final MethodModel root;
  final Map<Ref, Obj> objects = new LinkedHashMap<>();
  final Set<Ref> tainted = new HashSet<>();
  final Set<Event.Start> inert = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Task bodies to simulate, in discovery order. */
  final List<Event.Start> starts = new ArrayList<>();
  /** Handle local -> its start, for joins. */
  final Map<Ref, Event.Start> handles = new HashMap<>();
  /** Objects the method uses in channel operations (to decide whether to explore at all). */
  boolean usesChannels;

  private final Map<Ref, List<Event.New>> news = new HashMap<>();
  private final Set<Ref> newOutsideRoot = new HashSet<>();
  private final Set<Ref> escaped = new HashSet<>();
  private final Map<Ref, Integer> handleStarts = new HashMap<>();
  private final Set<Ref> badHandles = new HashSet<>();

  Scope(MethodModel root) {
    this.root = root;
    walk(root.body(), 0, false, false);
    for (Map.Entry<Ref, List<Event.New>> e : news.entrySet()) {
      Ref ref = e.getKey();
      if (!(ref instanceof Ref.Local) || e.getValue().size() != 1 || newOutsideRoot.contains(ref)
          || escaped.contains(ref)) {
        continue;
      }
      Event.New n = e.getValue().get(0);
      long cap = 0;
      long init = 0;
      switch (n.kind()) {
        case CHANNEL -> {
          if (!(n.initial() instanceof Count.Const c) || c.value() < 0) {
            continue;
          }
          cap = c.value();
        }
        case QUEUE -> cap = n.initial() instanceof Count.Const c && c.value() >= 0 ? c.value() : -1;
        case WAIT_GROUP, LATCH -> {
          if (!(n.initial() instanceof Count.Const c) || c.value() < 0) {
            continue;
          }
          init = c.value();
        }
        case MUTEX, RW_MUTEX, REENTRANT_LOCK, STAMPED_LOCK, ERR_GROUP -> { }
        default -> {
          continue;
        }
      }
      objects.put(ref, new Obj(objects.size(), ref, n.kind(), cap, init));
    }
    for (Map.Entry<Ref, Integer> h : handleStarts.entrySet()) {
      if (h.getValue() != 1 || badHandles.contains(h.getKey()) || escaped.contains(h.getKey())) {
        handles.remove(h.getKey());
      }
    }
  }

  /** The simulated object for {@code ref}, or null when the explorer must not reason about it. */
  Obj obj(Ref ref) {
    if (ref == null || tainted.contains(ref)) {
      return null;
    }
    return objects.get(ref);
  }

  /** Whether the explorer has anything to look at. */
  boolean worthExploring() {
    return !starts.isEmpty() || usesChannels;
  }

  // ------------------------------------------------------------------ the walk

  /**
   * @param loops how many loops enclose the statement (within the root method or a task body)
   * @param inTask whether the statement is in a task body
   * @param imprecise whether an enclosing loop is imprecise (refs get tainted)
   */
  private void walk(Stmt s, int loops, boolean inTask, boolean imprecise) {
    if (s == null) {
      return;
    }
    switch (s) {
      case Stmt.Block b -> b.stmts().forEach(x -> walk(x, loops, inTask, imprecise));
      case Stmt.Do d -> event(d.event(), loops, inTask, imprecise);
      case Stmt.Assign a -> cond(a.value(), loops, inTask, imprecise);
      case Stmt.Bind b -> {
        escaped.add(b.var());
        if (b.value().isTracked()) {
          escaped.add(b.value());
        }
        badHandles.add(b.var());
      }
      case Stmt.If i -> {
        cond(i.cond(), loops, inTask, imprecise);
        walk(i.then(), loops, inTask, imprecise);
        walk(i.otherwise(), loops, inTask, imprecise);
      }
      case Stmt.Loop l -> {
        boolean precise = precise(l);
        cond(l.cond(), loops + 1, inTask, imprecise || !precise);
        walk(l.body(), loops + 1, inTask, imprecise || !precise);
        walk(l.update(), loops + 1, inTask, imprecise || !precise);
      }
      case Stmt.Range r -> {
        use(r.channel(), imprecise);
        if (r.channel() != null) {
          usesChannels = true;
        }
        walk(r.body(), loops + 1, inTask, imprecise);
      }
      case Stmt.Try t -> {
        for (Stmt.Resource res : t.resources()) {
          walk(res.init(), loops, inTask, imprecise);
          for (Event e : res.onClose()) {
            event(e, loops, inTask, imprecise);
          }
        }
        walk(t.body(), loops, inTask, imprecise);
        for (Stmt.Catch c : t.catches()) {
          walk(c.body(), loops, inTask, imprecise);
        }
        walk(t.finallyBlock(), loops, inTask, imprecise);
      }
      case Stmt.Switch sw -> sw.cases().forEach(x -> walk(x, loops, inTask, imprecise));
      case Stmt.Labeled l -> walk(l.body(), loops, inTask, imprecise);
      case Stmt.Return r -> { }
      case Stmt.Throw t -> { }
      case Stmt.Break b -> { }
      case Stmt.Continue c -> { }
    }
  }

  private void cond(Cond c, int loops, boolean inTask, boolean imprecise) {
    switch (c) {
      case Cond.Not n -> cond(n.operand(), loops, inTask, imprecise);
      case Cond.And a -> {
        cond(a.left(), loops, inTask, imprecise);
        cond(a.right(), loops, inTask, imprecise);
      }
      case Cond.Or o -> {
        cond(o.left(), loops, inTask, imprecise);
        cond(o.right(), loops, inTask, imprecise);
      }
      case Cond.Effects e -> {
        for (Event ev : e.events()) {
          event(ev, loops, inTask, imprecise);
        }
        cond(e.test(), loops, inTask, imprecise);
      }
      case Cond.TryAcquire t -> use(t.lock(), imprecise);
      default -> { }
    }
  }

  private void event(Event e, int loops, boolean inTask, boolean imprecise) {
    switch (e) {
      case Event.New n -> {
        news.computeIfAbsent(n.target(), k -> new ArrayList<>()).add(n);
        if (inTask || loops > 0) {
          newOutsideRoot.add(n.target());
        }
        use(n.target(), imprecise);
      }
      case Event.Acquire a -> use(a.lock(), imprecise);
      case Event.Release r -> use(r.lock(), imprecise);
      case Event.CounterAdd a -> {
        use(a.counter(), imprecise);
        if (!(a.delta() instanceof Count.Const)) {
          tainted.add(a.counter());
        }
      }
      case Event.CounterDone d -> use(d.counter(), imprecise);
      case Event.CounterAwait w -> use(w.counter(), imprecise);
      case Event.Send s -> {
        use(s.channel(), imprecise);
        usesChannels = true;
      }
      case Event.Recv r -> {
        use(r.channel(), imprecise);
        usesChannels = true;
      }
      case Event.Close c -> use(c.channel(), imprecise);
      case Event.Select s -> {
        usesChannels = true;
        for (Event.SelectCase c : s.cases()) {
          use(c.channel(), imprecise);
          walk(c.body(), loops, inTask, imprecise);
        }
        walk(s.otherBody(), loops, inTask, imprecise);
      }
      case Event.Start s -> {
        use(s.via(), imprecise);
        use(s.handle(), imprecise);
        if (s.handle() instanceof Ref.Local h) {
          handleStarts.merge(h, 1, Integer::sum);
          if (loops > 0 || inTask) {
            badHandles.add(h);
          }
        }
        if (s.body() == null || imprecise) {
          inert.add(s);
          if (s.body() != null) {
            walk(s.body().body(), 0, true, true);
          }
        } else {
          starts.add(s);
          if (s.handle() instanceof Ref.Local h) {
            handles.put(h, s);
          }
          walk(s.body().body(), 0, true, false);
        }
      }
      case Event.Join j -> use(j.task(), imprecise);
      case Event.Cancel c -> use(c.target(), imprecise);
      case Event.Block b -> { }
      case Event.Call c -> {
        for (Ref r : c.args()) {
          escaped.add(r);
          if (r instanceof Ref.Part p) {
            escaped.add(p.base());
          }
        }
      }
      case Event.Escape x -> {
        escaped.add(x.object());
        if (x.object() instanceof Ref.Part p) {
          escaped.add(p.base());
        }
      }
    }
  }

  private void use(Ref r, boolean imprecise) {
    if (imprecise && r != null && r.isTracked()) {
      tainted.add(r);
      if (r instanceof Ref.Part p) {
        tainted.add(p.base());
      }
    }
  }

  /** Whether the loop's iterations are pinned down by the model (see the class comment). */
  static boolean precise(Stmt.Loop l) {
    if (l.trips() instanceof Count.Const c && c.value() >= 0 && c.value() <= MAX_UNROLL
        && l.condFirst() && l.cond() instanceof Cond.Unknown) {
      return true;
    }
    return l.cond() instanceof Cond.Const k && (!k.value() || !hasExit(l.body()));
  }

  /** Whether control can leave {@code s} by break, return or throw (task and case bodies excluded). */
  static boolean hasExit(Stmt s) {
    if (s == null) {
      return false;
    }
    return switch (s) {
      case Stmt.Block b -> b.stmts().stream().anyMatch(Scope::hasExit);
      case Stmt.If i -> hasExit(i.then()) || hasExit(i.otherwise());
      case Stmt.Loop l -> hasExit(l.body()) || hasExit(l.update());
      case Stmt.Range r -> hasExit(r.body());
      case Stmt.Try t -> hasExit(t.body()) || t.catches().stream().anyMatch(c -> hasExit(c.body()))
          || hasExit(t.finallyBlock());
      case Stmt.Switch sw -> sw.cases().stream().anyMatch(Scope::hasExit);
      case Stmt.Labeled l -> hasExit(l.body());
      case Stmt.Return r -> true;
      case Stmt.Throw t -> true;
      case Stmt.Break b -> true;
      default -> false;
    };
  }
}
