package dev.gosafe;

import java.time.Duration;
import java.util.Objects;

/*
 * Maintainer note.
 *
 * A Task owns one virtual thread. The body runs in run(); an exception from the body is stored
 * in `failure` (volatile) and then rethrown out of the thread, so the JVM hands it to the
 * thread's uncaught-exception handler at failure time (Go crashes loudly; the default handler
 * prints it). join() then sees it (Thread.join gives happens-before with everything the thread
 * did) and throws it wrapped in TaskFailedException. So a failure is never lost: it is reported
 * once to the handler and to every joiner.
 *
 * `blocking` is the thread's Blocking record, published when the body starts; task dumps read it.
 */

/**
 * A task: a function running on its own virtual thread, started by {@link Go#go(Runnable)}. Like
 * a goroutine, but it can be joined.
 *
 * <p>If the body throws, the exception is reported at once to the thread's uncaught-exception
 * handler (by default printed to {@code System.err}), and every {@code join} afterwards throws
 * {@link TaskFailedException} with it as the cause.
 */
public final class Task {
  private final String name;
  private final Thread thread;
  private Runnable body;
  private volatile Throwable failure;
  private volatile Blocking blocking;

  private Task(String name, Runnable body) {
    this.name = name;
    this.body = body;
    this.thread = Thread.ofVirtual().name(name).unstarted(this::run);
  }

  static Task start(String name, Runnable body) {
    Task t = new Task(Objects.requireNonNull(name, "name"), Objects.requireNonNull(body, "body"));
    t.thread.start();
    return t;
  }

  private void run() {
    blocking = Blocking.current();
    Runnable b = body;
    body = null;
    try {
      b.run();
    } catch (Throwable e) {
      failure = e;
      throw e; // to the uncaught-exception handler, as Go crashes loudly
    }
  }

  /** Returns the task's name (also its thread's name), as used in dumps. */
  public String name() {
    return name;
  }

  /**
   * Returns true once the task's body has finished, normally or not, and its failure (if any)
   * has been reported. Never blocks.
   */
  public boolean isDone() {
    return !thread.isAlive();
  }

  /**
   * Join waits for the task to finish. Everything the task did happens-before {@code join}
   * returns.
   *
   * @throws TaskFailedException if the body threw; the original exception is the cause
   * @throws InterruptedOperationException if the calling thread is interrupted while waiting
   *     (the interrupt flag is restored)
   * @throws IllegalStateException if a task joins itself ("gosafe: task joins itself")
   */
  public void join() {
    checkNotSelf();
    Blocking b = Blocking.enter(Blocking.TASK_JOIN, this);
    try {
      thread.join();
    } catch (InterruptedException e) {
      throw InterruptedOperationException.interrupted(Blocking.TASK_JOIN, e);
    } finally {
      b.exit();
    }
    rethrowFailure();
  }

  /**
   * Join waits at most {@code timeout} for the task to finish. If it returns true, everything the
   * task did happens-before it returns. A zero or negative timeout does not wait.
   *
   * @param timeout the maximum time to wait; not null
   * @return true if the task finished in time, false if it is still running
   * @throws TaskFailedException if the task finished in time and its body threw
   * @throws InterruptedOperationException if the calling thread is interrupted while waiting
   *     (the interrupt flag is restored)
   * @throws IllegalStateException if a task joins itself
   */
  public boolean join(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    checkNotSelf();
    boolean finished;
    Blocking b = Blocking.enter(Blocking.TASK_JOIN, this);
    try {
      finished = thread.join(timeout);
    } catch (InterruptedException e) {
      throw InterruptedOperationException.interrupted(Blocking.TASK_JOIN, e);
    } finally {
      b.exit();
    }
    if (finished) {
      rethrowFailure();
    }
    return finished;
  }

  /** The task's Blocking record, or null before its body starts. For dumps. */
  Blocking blocking() {
    return blocking;
  }

  private void checkNotSelf() {
    if (thread.equals(Thread.currentThread())) {
      throw new IllegalStateException("gosafe: task joins itself");
    }
  }

  private void rethrowFailure() {
    Throwable f = failure;
    if (f != null) {
      throw new TaskFailedException(name, f);
    }
  }

  @Override
  public String toString() {
    return "task " + name + (isDone() ? " (done)" : " (running)");
  }
}
