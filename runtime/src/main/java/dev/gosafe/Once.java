package dev.gosafe;

import java.util.Objects;

/*
 * Maintainer note.
 *
 * As Go's sync.Once: a volatile `done` flag for the fast path and a Mutex for the slow path. The
 * first caller to get the mutex with done == false runs the function and sets done in a finally
 * (so a throwing function still counts as done, as in Go); later callers find done == true under
 * the mutex. `runner` (volatile) is the thread running the function, to turn a recursive call
 * (Go: deadlock) into a DeadlockException instead of a Mutex relock message.
 *
 * Happens-before: the function's completion -> done = true (volatile write) -> the fast-path read,
 * or -> mutex unlock -> the next lock.
 *
 * Reference: Go sync/once.go.
 */

/**
 * Once runs a function exactly once: Go's {@code sync.Once}.
 *
 * <p>Of all {@link #run(Runnable)} calls on one Once, only the first runs its function; the
 * others, if concurrent, block until that function has finished, and then return without running
 * theirs. If the function throws, the exception propagates to the caller that ran it and the Once
 * still counts as done (Go semantics: a panic in {@code f} also completes the Once); later calls do
 * nothing.
 */
public final class Once {
  static final String RECURSIVE =
      "gosafe: deadlock: Once.run called from its own function (rule DoubleLock)";

  private volatile boolean done;
  private volatile Thread runner;
  private final Mutex mu = new Mutex();

  /** Creates a Once whose function has not run yet. */
  public Once() {}

  /**
   * Run calls {@code f} if and only if this is the first call of {@code run} on this Once. When it
   * returns (normally, or by an exception from another caller's function, which it does not see),
   * that first function has completed, and everything it did happens-before the return.
   *
   * @param f the function; not null
   * @throws NullPointerException if {@code f} is null
   * @throws DeadlockException if {@code f} itself calls {@code run} on this Once (Go deadlocks)
   * @throws InterruptedOperationException if the task is interrupted while it waits for another
   *     caller's function (the flag is set); {@code f} did not run
   */
  public void run(Runnable f) {
    Objects.requireNonNull(f, "f");
    if (!done) {
      runSlow(f);
    }
  }

  private void runSlow(Runnable f) {
    if (Thread.currentThread().equals(runner)) {
      throw new DeadlockException(RECURSIVE);
    }
    mu.lock();
    try {
      if (!done) {
        runner = Thread.currentThread();
        try {
          f.run();
        } finally {
          done = true;
          runner = null;
        }
      }
    } finally {
      mu.unlock();
    }
  }

  /** Returns a description saying whether the function has run, for task dumps. */
  @Override
  public String toString() {
    return "Once@" + Integer.toHexString(System.identityHashCode(this)) + "[" + (done ? "done"
        : runner != null ? "running in " + Blocking.nameOf(runner) : "not run") + "]";
  }
}
