package dev.gosafe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

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
 * `blocking` is the thread's Blocking record, created with the task and registered in
 * Blocking.ALL (keyed by the thread) from before the thread starts until the body ends; task
 * dumps, the deadlock detector and the task's own parking calls (Blocking.enter) find it there, so
 * a task thread needs no ThreadLocal. The record is also the thread's Runnable (Blocking.run runs
 * the body, around Task.takeBody, failed and bodyEnded), which saves a `this::run` lambda per task
 * and a frame per parked task; Task itself is not a Runnable because a public run() would let
 * callers run the body again. Per-task heap: benchmarks/results/w4m-2, w4m-5.
 *
 * join parks (rather than calling Thread.join) so that the deadlock detector can wake a doomed
 * joiner: joiners push themselves on `joiners`, a Treiber stack of Joiner nodes; when the body has
 * ended (after `failure` is written) run() swaps in the ENDED sentinel and unparks every joiner,
 * which then calls Thread.join() to wait for the few remaining instructions of the thread (that
 * gives happens-before with everything the thread did). `id` is a process-wide start number, so a
 * leak check can tell tasks started after a point in time.
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
  private static final java.util.concurrent.atomic.AtomicLong IDS =
      new java.util.concurrent.atomic.AtomicLong();
  private static final Joiner ENDED = new Joiner(null, null);
  private static final VarHandle JOINERS;

  static {
    try {
      JOINERS = MethodHandles.lookup().findVarHandle(Task.class, "joiners", Joiner.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A thread waiting in join, linked in a Treiber stack. */
  private record Joiner(Thread thread, Joiner next) {}

  /** The name given to {@link Go#go(String, Runnable)}; null for "task-" + id (see name()). */
  private final String name;

  private final long id = IDS.incrementAndGet();
  private final Thread thread;
  private final Blocking blocking;
  private Runnable body;
  private volatile Throwable failure;

  @SuppressWarnings("UnusedVariable") // accessed through JOINERS
  private volatile Joiner joiners;

  private Task(String name, Runnable body) {
    this.name = name;
    this.body = body;
    this.blocking = Blocking.forTask(this);
    Thread.Builder.OfVirtual b = Thread.ofVirtual();
    this.thread = (name == null ? b : b.name(name)).unstarted(blocking);
    blocking.register(); // after `thread` is written: the record's thread() reads it
  }

  /** Starts a task named {@code name}, or "task-" + its id if {@code name} is null. */
  static Task start(String name, Runnable body) {
    Task t = new Task(name, Objects.requireNonNull(body, "body"));
    try {
      t.thread.start();
    } catch (RuntimeException | Error e) {
      t.blocking.unregister();
      throw e;
    }
    return t;
  }

  /*
   * The thread's body runs in Blocking.run(), which calls these three around it, so that a parked
   * task's stack holds one gosafe frame less (Blocking.run, not Blocking.run and a Task method).
   */

  /** The body, handed out once to Blocking.run(); the record is already registered. */
  Runnable takeBody() {
    Runnable b = body;
    body = null;
    return b;
  }

  /** The body threw {@code e}: record it for joiners before it goes to the handler. */
  void failed(Throwable e) {
    failure = e;
    if (name == null) {
      thread.setName(name()); // the handler prints the thread's name: name the thread now
    }
  }

  /** The body has ended: unregister and wake the joiners. */
  void bodyEnded() {
    blocking.unregister();
    Joiner j = (Joiner) JOINERS.getAndSet(this, ENDED);
    for (; j != null; j = j.next()) {
      LockSupport.unpark(j.thread());
    }
  }

  /** Whether the body has ended (joiners may stop parking). A volatile read. */
  @SuppressWarnings("ReferenceEquality") // ENDED is an identity sentinel
  boolean ended() {
    return joiners == ENDED;
  }

  /** The task's start number: tasks started later have larger ids. */
  long id() {
    return id;
  }

  /** The task's thread. */
  Thread thread() {
    return thread;
  }

  /**
   * Returns the task's name, as used in dumps: the one given to {@link Go#go(String, Runnable)}
   * (also its thread's name), else "task-N" with N the task's start number (its thread is then
   * unnamed, see {@link Go#go(Runnable)}).
   */
  public String name() {
    return name != null ? name : "task-" + id;
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
   * @throws DeadlockException if the run-time deadlock detector finds that the task can never end
   *     and nothing else can wake this join (see docs/diagnostics.md)
   */
  public void join() {
    checkNotSelf();
    awaitEnd(Long.MAX_VALUE);
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
    long deadline;
    if (timeout.compareTo(Duration.ofDays(365L * 100)) > 0) {
      deadline = Long.MAX_VALUE;
    } else {
      deadline = System.nanoTime() + Math.max(0L, timeout.toNanos());
      if (deadline == Long.MAX_VALUE) {
        deadline--;
      }
    }
    boolean finished = awaitEnd(deadline);
    if (finished) {
      rethrowFailure();
    }
    return finished;
  }

  /** The task's Blocking record. For dumps and the deadlock detector. */
  Blocking blocking() {
    return blocking;
  }

  /**
   * Parks until the body has ended or {@code deadline} (a nanoTime; Long.MAX_VALUE for none)
   * passed, then waits for the thread to terminate. Returns whether it terminated.
   */
  @SuppressWarnings("ReferenceEquality") // ENDED is an identity sentinel
  private boolean awaitEnd(long deadline) {
    if (!ended()) {
      boolean timed = deadline != Long.MAX_VALUE;
      Blocking b = Blocking.enter(Blocking.TASK_JOIN, this, this, timed);
      try {
        Joiner head;
        do {
          head = joiners;
        } while (head != ENDED
            && !JOINERS.compareAndSet(this, head, new Joiner(Thread.currentThread(), head)));
        while (!ended()) {
          if (timed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
              return false;
            }
            LockSupport.parkNanos(this, left);
          } else {
            LockSupport.park(this);
          }
          if (Thread.interrupted()) {
            throw InterruptedOperationException.interrupted(Blocking.TASK_JOIN);
          }
          if (b.doomed() && !ended()) {
            throw b.takeDoom();
          }
        }
      } finally {
        b.exit();
      }
    }
    try {
      thread.join(); // the body has ended: only the thread's last instructions remain
      return true;
    } catch (InterruptedException e) {
      throw InterruptedOperationException.interrupted(Blocking.TASK_JOIN, e);
    }
  }

  private void checkNotSelf() {
    if (thread.equals(Thread.currentThread())) {
      throw new IllegalStateException("gosafe: task joins itself");
    }
  }

  private void rethrowFailure() {
    Throwable f = failure;
    if (f != null) {
      throw new TaskFailedException(name(), f);
    }
  }

  @Override
  public String toString() {
    return "task " + name() + (isDone() ? " (done)" : " (running)");
  }
}
