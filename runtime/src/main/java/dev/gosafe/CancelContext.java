package dev.gosafe;

import org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods;
import org.checkerframework.checker.mustcall.qual.InheritableMustCall;

/**
 * A {@link Context} that can be cancelled: the result of {@link Context#withCancel(Context)} and
 * {@link Context#withTimeout(Context, java.time.Duration)}, bundling Go's {@code ctx} and its
 * {@code cancel} function. {@link #close()} cancels, so try-with-resources releases it on every
 * path.
 */
@InheritableMustCall("close")
public interface CancelContext extends Context, AutoCloseable {

  /**
   * Cancel cancels this context and every context derived from it: {@link #done()} gets closed and
   * {@link #err()} becomes {@link ContextError#CANCELED} (unless it was already done, in which case
   * nothing changes). Detaches this context from its parent and stops its timer. Idempotent, never
   * blocks. The cancellation happens-before every receive that sees {@code done()} closed.
   */
  @EnsuresCalledMethods(value = "this", methods = "close")
  void cancel();

  /** Close cancels this context: same as {@link #cancel()}. Declares no checked exception. */
  @Override
  void close();
}
