package dev.gosafe.checker.model;

import java.util.List;

/**
 * A branch condition, as far as the analyses can use it. Short-circuit {@code &&}/{@code ||} are
 * {@link And}/{@link Or}; anything the model does not understand is {@link Unknown} (both branches
 * feasible). A condition may have effects: {@link TryAcquire} acquires the lock on its true branch,
 * {@link Effects} runs events (e.g. a {@code recv()} inside the condition) before testing.
 */
public sealed interface Cond {
  record Const(boolean value) implements Cond {}

  record Unknown() implements Cond {}

  record Not(Cond operand) implements Cond {}

  record And(Cond left, Cond right) implements Cond {}

  record Or(Cond left, Cond right) implements Cond {}

  /** The current value of a boolean local (see {@link Stmt.Assign}). */
  record Var(Ref.Local var) implements Cond {}

  /** {@code lock.tryLock()} / {@code tryRLock()}: true exactly when the lock was acquired. */
  record TryAcquire(Ref lock, ObjKind kind, Event.Mode mode, SourcePos pos) implements Cond {}

  /** Evaluate {@code events} in order, then test {@code test}. */
  record Effects(List<Event> events, Cond test) implements Cond {}

  Unknown UNKNOWN = new Unknown();
  Const TRUE = new Const(true);

  /** Whether evaluating this condition does something besides testing (acquires, runs events). */
  default boolean hasEffects() {
    return switch (this) {
      case Effects e -> true;
      case TryAcquire t -> true;
      case Not n -> n.operand().hasEffects();
      case And a -> a.left().hasEffects() || a.right().hasEffects();
      case Or o -> o.left().hasEffects() || o.right().hasEffects();
      default -> false;
    };
  }
  Const FALSE = new Const(false);
}
