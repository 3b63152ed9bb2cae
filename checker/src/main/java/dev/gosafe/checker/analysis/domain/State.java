package dev.gosafe.checker.analysis.domain;

import dev.gosafe.checker.model.Ref;
import dev.gosafe.checker.model.SourcePos;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The abstract state of one path (the analysis keeps a set of these per CFG node). Immutable; the
 * {@code with...} methods return changed copies.
 *
 * <ul>
 *   <li>aliases: a local bound to another object ({@code Lock l = this.lock}); refs are
 *       canonicalised through them before any other map is consulted;
 *   <li>locks: hold counts of the locks this method acquired on this path;
 *   <li>bools: known values of boolean locals;
 *   <li>counters: balances of the WaitGroups/latches created here;
 *   <li>closed: channels this path closed;
 *   <li>contexts: cancellable contexts created here and neither cancelled nor handed on, with
 *       their creation position;
 *   <li>thrower: what threw, on an exceptional path (for messages only: not part of equality, so
 *       it never multiplies states).
 * </ul>
 */
public final class State {
  public static final State EMPTY =
      new State(Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), null);

  private final Map<Ref.Local, Ref> aliases;
  private final Map<LockKey, LockFact> locks;
  private final Map<Ref.Local, Boolean> bools;
  private final Map<Ref, CounterFact> counters;
  private final Set<Ref> closed;
  private final Map<Ref, SourcePos> contexts;
  private final Thrower thrower;
  private final int hash;

  private State(Map<Ref.Local, Ref> aliases, Map<LockKey, LockFact> locks,
      Map<Ref.Local, Boolean> bools, Map<Ref, CounterFact> counters, Set<Ref> closed,
      Map<Ref, SourcePos> contexts, Thrower thrower) {
    this.aliases = aliases;
    this.locks = locks;
    this.bools = bools;
    this.counters = counters;
    this.closed = closed;
    this.contexts = contexts;
    this.thrower = thrower;
    this.hash = Objects.hash(aliases, locks, bools, counters, closed, contexts);
  }

  /** The object a ref denotes on this path (locals resolved through binds, parts through their base). */
  public Ref canonical(Ref ref) {
    if (ref == null) {
      return Ref.UNKNOWN;
    }
    return switch (ref) {
      case Ref.Local l -> aliases.getOrDefault(l, l);
      case Ref.Part p -> new Ref.Part(canonical(p.base()), p.part());
      default -> ref;
    };
  }

  public Map<Ref.Local, Ref> aliases() {
    return aliases;
  }

  public Map<LockKey, LockFact> locks() {
    return locks;
  }

  public Map<Ref.Local, Boolean> bools() {
    return bools;
  }

  public Map<Ref, CounterFact> counters() {
    return counters;
  }

  public Set<Ref> closed() {
    return closed;
  }

  public Map<Ref, SourcePos> contexts() {
    return contexts;
  }

  public Thrower thrower() {
    return thrower;
  }

  public State withAliases(Consumer<Map<Ref.Local, Ref>> edit) {
    Map<Ref.Local, Ref> m = new HashMap<>(aliases);
    edit.accept(m);
    return new State(Map.copyOf(m), locks, bools, counters, closed, contexts, thrower);
  }

  public State withLocks(Consumer<Map<LockKey, LockFact>> edit) {
    Map<LockKey, LockFact> m = new HashMap<>(locks);
    edit.accept(m);
    return new State(aliases, Map.copyOf(m), bools, counters, closed, contexts, thrower);
  }

  public State withBools(Consumer<Map<Ref.Local, Boolean>> edit) {
    Map<Ref.Local, Boolean> m = new HashMap<>(bools);
    edit.accept(m);
    return new State(aliases, locks, Map.copyOf(m), counters, closed, contexts, thrower);
  }

  public State withCounters(Consumer<Map<Ref, CounterFact>> edit) {
    Map<Ref, CounterFact> m = new HashMap<>(counters);
    edit.accept(m);
    return new State(aliases, locks, bools, Map.copyOf(m), closed, contexts, thrower);
  }

  public State withClosed(Consumer<Set<Ref>> edit) {
    Set<Ref> m = new HashSet<>(closed);
    edit.accept(m);
    return new State(aliases, locks, bools, counters, Set.copyOf(m), contexts, thrower);
  }

  public State withContexts(Consumer<Map<Ref, SourcePos>> edit) {
    Map<Ref, SourcePos> m = new HashMap<>(contexts);
    edit.accept(m);
    return new State(aliases, locks, bools, counters, closed, Map.copyOf(m), thrower);
  }

  public State withThrower(Thrower t) {
    return new State(aliases, locks, bools, counters, closed, contexts, t);
  }

  /** Equality ignores {@link #thrower()}. */
  @Override
  public boolean equals(Object o) {
    return o instanceof State s && s.hash == hash && s.aliases.equals(aliases)
        && s.locks.equals(locks) && s.bools.equals(bools) && s.counters.equals(counters)
        && s.closed.equals(closed) && s.contexts.equals(contexts);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "State{aliases=" + aliases + ", locks=" + locks + ", bools=" + bools + ", counters="
        + counters + ", closed=" + closed + ", contexts=" + contexts + "}";
  }
}
