package dev.gosafe.checker.analysis.flow;

import dev.gosafe.checker.analysis.cfg.Edge;
import dev.gosafe.checker.analysis.cfg.EdgeKind;
import dev.gosafe.checker.analysis.cfg.Node;
import dev.gosafe.checker.analysis.domain.CounterFact;
import dev.gosafe.checker.analysis.domain.HoldCount;
import dev.gosafe.checker.analysis.domain.LockFact;
import dev.gosafe.checker.analysis.domain.LockKey;
import dev.gosafe.checker.analysis.domain.State;
import dev.gosafe.checker.analysis.domain.Sum;
import dev.gosafe.checker.analysis.domain.Thrower;
import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.ObjKind;
import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transfer function: how a path's {@link State} changes along one CFG edge.
 *
 * <p>Exceptional edges: an acquire or a task start that throws did nothing; every other event that
 * throws is assumed to have taken effect (an {@code unlock()}, {@code cancel()} or {@code done()}
 * that throws has still released, cancelled or counted, so cleanup in a finally is never blamed).
 * Counters: a loop entered from outside adds {@code trips × (one iteration's effect)} at once, and
 * the counter events inside it are then skipped for that counter (see {@link Summaries}).
 */
public final class Transfer {
  private final Summaries summaries;
  private final Map<Event, Set<Stmt>> loopsOf;

  Transfer(Summaries summaries, Map<Event, Set<Stmt>> loopsOf) {
    this.summaries = summaries;
    this.loopsOf = loopsOf;
  }

  /** The state after taking {@code e} out of {@code n} from {@code s}; null when the edge is infeasible. */
  public State apply(Node n, Edge e, State s) {
    State out = switch (n.kind()) {
      case EVENT -> e.kind() == EdgeKind.EXCEPTIONAL
          ? exceptional(n.event(), s).withThrower(describe(n))
          : normal(n.event(), s);
      case ASSIGN -> assign(n.assign(), s);
      case BIND -> bind(n.bind(), s);
      case BRANCH -> branch(n.cond(), e.kind() == EdgeKind.TRUE, s);
      case THROW -> s.withThrower(new Thrower(n.pos(),
          "the exception thrown at line " + n.pos().line() + " propagates", true));
      default -> s;
    };
    if (out != null && isLoopEntry(n, e.target())) {
      out = enterLoop(e.target().origin(), out);
    }
    return out;
  }

  private static boolean isLoopEntry(Node from, Node to) {
    return to.kind() == Node.Kind.NOP
        && (to.origin() instanceof Stmt.Loop || to.origin() instanceof Stmt.Range)
        && from.id() < to.id();
  }

  // ---------------------------------------------------------------- events

  State normal(Event event, State s) {
    return switch (event) {
      case Event.Acquire a -> acquire(a.lock(), a.kind(), a.mode(), a.pos(), s);
      case Event.Release r -> {
        if (!s.canonical(r.lock()).isTracked()) {
          yield s;
        }
        LockKey key = new LockKey(s.canonical(r.lock()), r.mode());
        LockFact f = s.locks().get(key);
        // releasing a lock this path knew nothing about (its caller's hold): now known not held,
        // so a second release on the same path is a double unlock
        yield f == null ? s.withLocks(m -> m.put(key, new LockFact(HoldCount.ZERO, r.kind(), null)))
            : s.withLocks(m -> m.put(key, f.release()));
      }
      case Event.CounterAdd a -> counter(a, a.counter(), Sum.of(a.delta()), a.pos(), true, s);
      case Event.CounterDone d -> counter(d, d.counter(), Sum.of(-1), d.pos(), false, s);
      case Event.New nw -> create(nw, s);
      case Event.Close c -> s.canonical(c.channel()).isTracked()
          ? s.withClosed(set -> set.add(s.canonical(c.channel()))) : s;
      case Event.Cancel c -> c.kind() == ObjKind.CONTEXT
          ? s.withContexts(m -> m.remove(s.canonical(c.target()))) : s;
      case Event.Start st -> start(st, s);
      case Event.Call c -> forgetReleased(summaries.releasedBy(c), call(c.args(), s));
      case Event.Escape esc -> escape(s.canonical(esc.object()), s);
      case Event.CounterAwait w -> s;
      case Event.Send x -> s;
      case Event.Recv x -> s;
      case Event.Select x -> s;
      case Event.Join x -> s;
      case Event.Block x -> s;
    };
  }

  private State exceptional(Event event, State s) {
    return switch (event) {
      case Event.Acquire a -> tried(a.lock(), a.kind(), a.mode(), s);
      case Event.Start st -> s;
      default -> normal(event, s);
    };
  }

  /**
   * What threw at an event node. An exception from cleanup code in a {@code finally} block (e.g.
   * {@code finally { detach(); lock.unlock(); }}) is not ordinary: the method did put its release
   * in a finally, and such code is assumed not to fail (precision first; see the known-miss
   * sample LockNotReleased/known-miss/CleanupCallBeforeUnlockInFinallyThrows).
   */
  static Thrower describe(Node n) {
    Thrower t = describe(n.event());
    return n.inFinally() && t.ordinary() ? new Thrower(t.pos(), t.what(), false) : t;
  }

  /** A readable "X throws" for messages. */
  static Thrower describe(Event e) {
    String what = switch (e) {
      case Event.Call c -> simpleName(c.callee()) + "()";
      case Event.Send x -> "send()";
      case Event.Recv x -> "recv()";
      case Event.Join x -> "join()";
      case Event.CounterAwait x -> "await()";
      case Event.Block b -> b.what().equals("sleep") ? "sleep()" : "the wait";
      case Event.Select x -> "select()";
      case Event.Start x -> "starting the task";
      case Event.Acquire x -> "lock()";
      case Event.Release x -> "unlock()";
      default -> "the call at line " + e.pos().line();
    };
    boolean ordinary = switch (e) {
      case Event.CounterAdd x -> false;
      case Event.CounterDone x -> false;
      case Event.Close x -> false;
      case Event.Cancel x -> false;
      case Event.Release x -> false;
      case Event.Acquire x -> false;
      case Event.Start x -> false;
      default -> true;
    };
    return new Thrower(e.pos(), what + " throws", ordinary);
  }

  private static String simpleName(String callee) {
    String s = callee;
    int hash = s.lastIndexOf('#');
    if (hash >= 0) {
      s = s.substring(hash + 1);
    }
    int paren = s.indexOf('(');
    if (paren >= 0) {
      s = s.substring(0, paren);
    }
    int dot = s.lastIndexOf('.');
    return dot >= 0 ? s.substring(dot + 1) : s;
  }

  private static State acquire(Ref lock, ObjKind kind, Event.Mode mode,
      dev.gosafe.checker.model.SourcePos pos, State s) {
    if (!s.canonical(lock).isTracked()) {
      return s;
    }
    LockKey key = new LockKey(s.canonical(lock), mode);
    LockFact f = s.locks().getOrDefault(key, new LockFact(HoldCount.ZERO, kind, null));
    return s.withLocks(m -> m.put(key, f.acquire(pos)));
  }

  /**
   * An acquire that failed (tryLock false, lock() threw): this path now knows the lock is not held
   * by it (a fact with count ZERO), which is what UnlockWithoutLock needs to judge a later release.
   */
  private static State tried(Ref lock, ObjKind kind, Event.Mode mode, State s) {
    if (!s.canonical(lock).isTracked()) {
      return s;
    }
    LockKey key = new LockKey(s.canonical(lock), mode);
    if (s.locks().containsKey(key)) {
      return s;
    }
    return s.withLocks(m -> m.put(key, new LockFact(HoldCount.ZERO, kind, null)));
  }

  private State counter(Event e, Ref ref, Sum delta, dev.gosafe.checker.model.SourcePos pos,
      boolean isAdd, State s) {
    Ref c = s.canonical(ref);
    CounterFact f = s.counters().get(c);
    if (f == null || skipped(e, f)) {
      return s;
    }
    CounterFact g = new CounterFact(f.balance().plus(delta), f.kind(),
        isAdd && f.addPos() == null ? pos : f.addPos(), isAdd ? f.donePos() : pos,
        f.summarisedBy());
    return s.withCounters(m -> m.put(c, g));
  }

  private boolean skipped(Event e, CounterFact f) {
    if (f.summarisedBy().isEmpty()) {
      return false;
    }
    Set<Stmt> loops = loopsOf.get(e);
    if (loops == null) {
      return false;
    }
    for (Stmt l : loops) {
      if (f.summarisedBy().contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static State create(Event.New nw, State s) {
    Ref target = nw.target() == null ? Ref.UNKNOWN : nw.target();
    State t = forget(target, s);
    if (!target.isTracked()) {
      return t;
    }
    if (nw.kind().isCounter()) {
      Sum initial = Sum.of(nw.initial());
      CounterFact f = new CounterFact(initial, nw.kind(),
          initial.isConstant() && initial.constant() == 0 ? null : nw.pos(), null, Set.of());
      return t.withCounters(m -> m.put(target, f));
    }
    if (nw.kind() == ObjKind.CONTEXT) {
      return t.withContexts(m -> m.put(target, nw.pos()));
    }
    return t;
  }

  /** {@code target} now denotes a fresh object: drop what was known of its old one. */
  private static State forget(Ref target, State s) {
    State t = s;
    if (target instanceof Ref.Local l && s.aliases().containsKey(l)) {
      t = t.withAliases(m -> m.remove(l));
    }
    if (t.counters().containsKey(target)) {
      t = t.withCounters(m -> m.remove(target));
    }
    if (t.contexts().containsKey(target)) {
      t = t.withContexts(m -> m.remove(target));
    }
    if (t.closed().contains(target)) {
      t = t.withClosed(m -> m.remove(target));
    }
    if (t.locks().keySet().stream().anyMatch(k -> refersTo(k.lock(), target))) {
      t = t.withLocks(m -> m.keySet().removeIf(k -> refersTo(k.lock(), target)));
    }
    return t;
  }

  private static boolean refersTo(Ref lock, Ref object) {
    return lock.equals(object) || (lock instanceof Ref.Part p && refersTo(p.base(), object));
  }

  /**
   * An unknown call was given these objects: it may lock, unlock or count them, and it may cancel
   * or keep a context (a context passed on counts as handed on, as the corpus decides).
   */
  private static State call(List<Ref> args, State s) {
    State t = s;
    for (Ref a : args == null ? List.<Ref>of() : args) {
      Ref c = s.canonical(a);
      if (t.contexts().containsKey(c)) {
        t = t.withContexts(m -> m.remove(c));
      }
      if (t.locks().keySet().stream().anyMatch(k -> refersTo(k.lock(), c))) {
        t = t.withLocks(m -> m.replaceAll((k, f) -> refersTo(k.lock(), c)
            ? new LockFact(HoldCount.UNKNOWN, f.kind(), f.acquiredAt()) : f));
      }
      CounterFact f = t.counters().get(c);
      if (f != null && !f.balance().isUnknown()) {
        t = t.withCounters(m -> m.put(c, f.withBalance(Sum.UNKNOWN)));
      }
    }
    return t;
  }

  /**
   * A call to a method of this class that releases these field locks (e.g. a helper that drops the
   * lock around slow work and takes it back): whether this path still holds them is unknown.
   */
  private static State forgetReleased(Set<Ref> fields, State s) {
    if (fields.isEmpty() || s.locks().keySet().stream().noneMatch(k -> fields.contains(base(k.lock())))) {
      return s;
    }
    return s.withLocks(m -> m.replaceAll((k, f) -> fields.contains(base(k.lock()))
        ? new LockFact(HoldCount.UNKNOWN, f.kind(), f.acquiredAt()) : f));
  }

  private static Ref base(Ref ref) {
    return ref instanceof Ref.Part p ? base(p.base()) : ref;
  }

  /** The object leaves this method's view: stop tracking it (a closed channel stays closed). */
  private static State escape(Ref c, State s) {
    State t = s;
    if (t.counters().containsKey(c)) {
      t = t.withCounters(m -> m.remove(c));
    }
    if (t.contexts().containsKey(c)) {
      t = t.withContexts(m -> m.remove(c));
    }
    if (t.locks().keySet().stream().anyMatch(k -> refersTo(k.lock(), c))) {
      t = t.withLocks(m -> m.replaceAll((k, f) -> refersTo(k.lock(), c)
          ? new LockFact(HoldCount.UNKNOWN, f.kind(), f.acquiredAt()) : f));
    }
    return t;
  }

  private State start(Event.Start st, State s) {
    State t = s;
    if (st.body() == null) {
      // an invisible body may count down, cancel or hand on anything it can reach
      Ref via = s.canonical(st.via());
      t = t.withContexts(Map::clear);
      t = t.withCounters(m -> m.replaceAll((r, f) ->
          skipped(st, f) || (st.kind() == Event.StartKind.WAIT_GROUP_GO && r.equals(via)) ? f
              : f.withBalance(Sum.UNKNOWN)));
      return t;
    }
    if (!s.contexts().isEmpty()) {
      Set<Ref> cancelled = new HashSet<>();
      for (Ref ctx : s.contexts().keySet()) {
        if (Summaries.cancels(st.body().body(), ctx, s)) {
          cancelled.add(ctx);
        }
      }
      if (!cancelled.isEmpty()) {
        t = t.withContexts(m -> m.keySet().removeAll(cancelled));
      }
    }
    if (!s.counters().isEmpty()) {
      Summaries.TaskSummary sum = summaries.task(st.body(), s);
      t = t.withCounters(m -> m.replaceAll((r, f) -> {
        Summaries.Delta d = sum.normal().get(r);
        if (d == null || skipped(st, f)) {
          return f;
        }
        return new CounterFact(f.balance().plus(d.sum()), f.kind(), f.addPos(),
            d.donePos() != null ? d.donePos() : f.donePos(), f.summarisedBy());
      }));
    }
    return t;
  }

  private State enterLoop(Stmt loop, State s) {
    if (s.counters().isEmpty()) {
      return s;
    }
    Stmt body = loop instanceof Stmt.Loop l
        ? new Stmt.Block(List.of(l.body(), l.update())) : ((Stmt.Range) loop).body();
    dev.gosafe.checker.model.Count trips = loop instanceof Stmt.Loop l
        ? l.trips() : dev.gosafe.checker.model.Count.UNKNOWN;
    Map<Ref, Summaries.Delta> per = summaries.loop(loop, body, s);
    return s.withCounters(m -> m.replaceAll((r, f) -> {
      Summaries.Delta d = per.get(r);
      Set<Stmt> by = new HashSet<>(f.summarisedBy());
      by.add(loop);
      Sum delta = d == null ? Sum.UNKNOWN : d.sum().times(trips);
      if (d != null && d.sum().isConstant() && d.sum().constant() == 0) {
        delta = Sum.ZERO;
      }
      return new CounterFact(f.balance().plus(delta), f.kind(),
          f.addPos() == null && d != null ? d.addPos() : f.addPos(),
          d != null && d.donePos() != null ? d.donePos() : f.donePos(), Set.copyOf(by));
    }));
  }

  // ---------------------------------------------------------------- locals

  private static State assign(Stmt.Assign a, State s) {
    if (a.value() instanceof Cond.Const c) {
      return s.withBools(m -> m.put(a.var(), c.value()));
    }
    return s.bools().containsKey(a.var()) ? s.withBools(m -> m.remove(a.var())) : s;
  }

  private static State bind(Stmt.Bind b, State s) {
    Ref value = s.canonical(b.value());
    State t = forget(b.var(), s);
    if (value.equals(b.var())) {
      return t;
    }
    return t.withAliases(m -> m.put(b.var(), value));
  }

  private static State branch(Cond atom, boolean outcome, State s) {
    return switch (atom) {
      case Cond.Var v -> {
        Boolean known = s.bools().get(v.var());
        if (known != null) {
          yield known == outcome ? s : null;
        }
        yield s.withBools(m -> m.put(v.var(), outcome));
      }
      case Cond.TryAcquire t -> outcome ? acquire(t.lock(), t.kind(), t.mode(), t.pos(), s)
          : tried(t.lock(), t.kind(), t.mode(), s);
      default -> s;
    };
  }
}
