package dev.gosafe;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/*
 * Maintainer note.
 *
 * A WaitGroup counts the tasks; `first` (AtomicReference, set once by CAS) holds the first
 * failure; the CAS winner cancels ctx. Losers add their failure to first's suppressed list
 * (Throwable.addSuppressed is synchronized). Bodies never let an exception escape their task, so a
 * group task's failure is reported once, by await(), not also to the uncaught-exception handler.
 *
 * Happens-before: a body's end (and its failure write) -> wg.done() -> wg.await() returning in
 * await(), so await() sees every recorded failure.
 *
 * Reference: golang.org/x/sync/errgroup.
 */

/**
 * An ErrGroup runs a group of tasks working on subtasks of a common job and reports the first
 * failure: Go's {@code errgroup.Group} made with {@code errgroup.WithContext}.
 *
 * <pre>{@code
 * ErrGroup g = new ErrGroup(ctx);
 * for (String url : urls) {
 *   g.go(() -> fetch(g.context(), url));
 * }
 * g.await(); // throws the first failure
 * }</pre>
 *
 * <p>The group derives its own {@link #context()} from the given parent. The first body that
 * throws cancels that context, so the other bodies can stop early by watching {@code
 * context().done()}; the group does not interrupt them. {@link #await()} waits for all bodies, then
 * cancels the context and rethrows the first failure, with later failures attached as {@linkplain
 * Throwable#getSuppressed() suppressed} exceptions.
 */
public final class ErrGroup {
  /** A task body that may throw a checked exception. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the body.
     *
     * @throws Exception any failure, reported by {@link ErrGroup#await()}
     */
    void run() throws Exception;
  }

  private final CancelContext ctx;
  private final WaitGroup wg = new WaitGroup();
  private final AtomicReference<Failure> first = new AtomicReference<>();

  /** The first failure and the name of the task it happened in. */
  private record Failure(String task, Throwable error) {}

  /**
   * Creates a group whose context is a child of {@code parent}.
   *
   * @param parent the parent context; not null
   * @throws NullPointerException if {@code parent} is null
   */
  public ErrGroup(Context parent) {
    this.ctx = Context.withCancel(parent);
  }

  /** Creates a group whose context is a child of {@link Context#background()}. */
  public ErrGroup() {
    this(Context.background());
  }

  /**
   * Context returns the group's context: cancelled by the first failure, or by {@link #await()}
   * once every task has finished, or when the parent is.
   *
   * @return the group context; not null
   */
  public Context context() {
    return ctx;
  }

  /**
   * Go runs {@code body} in a new task of the group. If it throws and is the first to do so, the
   * group's context is cancelled and {@link #await()} will rethrow its exception.
   *
   * @param body the task body; not null
   * @throws NullPointerException if {@code body} is null
   */
  public void go(Runnable body) {
    Objects.requireNonNull(body, "body");
    goChecked(body::run);
  }

  /**
   * Go runs a {@code body} that may throw checked exceptions, as {@link #go(Runnable)} does.
   *
   * @param body the task body; not null
   * @throws NullPointerException if {@code body} is null
   */
  public void goChecked(Body body) {
    Objects.requireNonNull(body, "body");
    wg.add(1);
    try {
      Go.go(
          () -> {
            try {
              body.run();
            } catch (Throwable t) {
              fail(t);
            } finally {
              wg.done();
            }
          });
    } catch (RuntimeException | Error e) {
      wg.done(); // the task never started
      throw e;
    }
  }

  /**
   * Await blocks until every task of the group has finished, then cancels the group's context and
   * rethrows the first failure, if any. Everything the tasks did happens-before await returns.
   * May be called again; it rethrows the same failure.
   *
   * @throws RuntimeException the first failure as thrown, if it was unchecked
   * @throws Error the first failure as thrown, if it was an Error
   * @throws TaskFailedException wrapping the first failure, if it was a checked exception
   * @throws InterruptedOperationException if the calling task is interrupted while it waits (the
   *     flag is set); the tasks keep running
   */
  public void await() {
    wg.await();
    ctx.cancel();
    Failure f = first.get();
    if (f == null) {
      return;
    }
    Throwable t = f.error();
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new TaskFailedException(f.task(), t);
  }

  @SuppressWarnings("ReferenceEquality") // identity: addSuppressed rejects self-suppression
  private void fail(Throwable t) {
    if (first.compareAndSet(null, new Failure(Blocking.nameOf(Thread.currentThread()), t))) {
      ctx.cancel();
      return;
    }
    Throwable f = first.get().error();
    if (f != t) {
      f.addSuppressed(t);
    }
  }
}
