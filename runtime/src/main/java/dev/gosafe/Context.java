package dev.gosafe;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A Context carries a cancellation signal and an optional deadline across tasks: Go's {@code
 * context.Context}. Derive contexts with {@link #withCancel(Context)} and {@link
 * #withTimeout(Context, Duration)}; cancelling a context cancels every context derived from it.
 * Tasks watch {@link #done()}:
 *
 * <pre>{@code
 * try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(1))) {
 *   Select.select(
 *       Select.recv(results, r -> use(r)),
 *       Select.recv(ctx.done(), v -> giveUp(ctx.err())));
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe. gosafe's own are; a foreign implementation used as a
 * parent is watched by one task until it or the child is done.
 */
public interface Context {

  /**
   * Done returns a channel that is closed when this context is cancelled or its deadline passes;
   * it is never sent to. Receiving from it blocks until then and then returns null. For {@link
   * #background()} it is never closed (Go returns a nil channel). Returns the same channel on
   * every call. The cancellation happens-before a receive that sees the channel closed.
   *
   * @return the done channel; not null
   */
  RecvChan<Void> done();

  /**
   * Err returns null while the context is live and, once {@link #done()} is closed, why: {@link
   * ContextError#CANCELED} or {@link ContextError#DEADLINE_EXCEEDED}. A cancelled child reports
   * its parent's reason. Once non-null, it never changes. Never blocks, except that a call racing
   * the cancellation waits for it to finish closing {@link #done()}: a non-null result means that
   * {@code done()} is closed (Go: "If Done is not yet closed, Err returns nil").
   *
   * @return the reason, or null while the context is live
   */
  @Nullable ContextError err();

  /**
   * Deadline returns the time when this context will be cancelled with {@link
   * ContextError#DEADLINE_EXCEEDED}, if any: its own or the earliest of its ancestors'.
   *
   * @return the deadline, or empty when none is set
   */
  Optional<Instant> deadline();

  /**
   * Background returns the root context: never cancelled, no deadline. Go's {@code
   * context.Background()}.
   *
   * @return the shared background context
   */
  static Context background() {
    return BackgroundContext.INSTANCE;
  }

  /**
   * WithCancel returns a child of {@code parent} that is cancelled when its {@link
   * CancelContext#cancel()} (or {@code close()}) is called or when {@code parent} is done, whichever
   * comes first. A child of a context that is already done is born done, with the parent's reason.
   * Cancel it on every path (try-with-resources) to release its registration in the parent (checker
   * rule LostCancel).
   *
   * @param parent the parent; not null
   * @return the new cancellable context
   * @throws NullPointerException if {@code parent} is null
   */
  static CancelContext withCancel(Context parent) {
    return CancelCtx.withCancel(parent);
  }

  /**
   * WithTimeout returns a child of {@code parent}, as {@link #withCancel(Context)}, that is also
   * cancelled with {@link ContextError#DEADLINE_EXCEEDED} when {@code timeout} has elapsed. A
   * non-positive timeout gives a context that is already done. The timer runs on a shared daemon
   * thread and is discarded when the context is cancelled earlier. If the parent's deadline is
   * earlier, the parent's deadline rules (as in Go).
   *
   * @param parent the parent; not null
   * @param timeout how long the context lives; not null
   * @return the new cancellable context
   * @throws NullPointerException if an argument is null
   */
  static CancelContext withTimeout(Context parent, Duration timeout) {
    return CancelCtx.withTimeout(parent, timeout);
  }
}
