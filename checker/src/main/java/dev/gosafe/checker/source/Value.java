package dev.gosafe.checker.source;

import dev.gosafe.checker.model.Cond;
import dev.gosafe.checker.model.Event;
import dev.gosafe.checker.model.MethodModel;
import dev.gosafe.checker.model.Ref;
import java.util.List;

/**
 * What an expression evaluates to (as in the javac front end).
 *
 * @param ref the object it denotes ({@link Ref#UNKNOWN} if not a tracked one)
 * @param threadBody for {@code new Thread(() -> ...)}: the body to start later
 * @param closeEvents what closing the value does ({@code mu.locked()}: release mu)
 * @param cond for a TRY_ACQUIRE call evaluated as a condition: the condition
 */
record Value(Ref ref, MethodModel threadBody, List<Event> closeEvents, Cond cond) {
  static final Value UNKNOWN = new Value(Ref.UNKNOWN, null, List.of(), null);

  static Value of(Ref ref) {
    return new Value(ref, null, List.of(), null);
  }
}
