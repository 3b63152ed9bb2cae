package dev.gosafe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Maintainer note.
 *
 * state (volatile long, CAS through STATE), one word so that a counter update and the waiter
 * bookkeeping change together:
 *   bits 63..32  counter (int, never negative: add() refuses a negative result and leaves state);
 *   bits 31..1   generation: incremented (mod 2^31) when the counter reaches zero while tasks wait;
 *   bit  0       WAITING: some task waits in the current generation.
 *
 * add/done is one CAS loop and nothing else unless the counter reaches zero with WAITING set;
 * that CAS also clears WAITING and bumps the generation, and the thread that did it (the
 * releaser) then grants, under qlock, every queued waiter of the old generation.
 *
 * await: fast path a volatile read of counter == 0. Slow path under qlock: re-read state; if
 * counter != 0, set WAITING (CAS) and enqueue (node, generation read). Because enqueue happens
 * under qlock and the releaser takes qlock after its CAS, a waiter that saw generation g is in the
 * queue before the releaser of g scans it; waiters that registered after the counter went back up
 * carry g+1 and stay queued. (This is what Go forbids as "WaitGroup is reused before previous Wait
 * has returned"; the generation makes it simply work.)
 *
 * Happens-before: every add/done is a CAS on state; the releasing CAS reads the result of all of
 * them, and its SyncNode.grant() is a volatile write the waiter reads; the fast path reads state.
 *
 * Reference: Go sync/waitgroup.go (counter and waiter count in one atomic word).
 */

/**
 * A WaitGroup waits for a collection of tasks to finish: Go's {@code sync.WaitGroup}. The usual
 * form is {@code wg.go(() -> ...)} per task and {@code wg.await()} once; {@link #add(int)} and
 * {@link #done()} are the manual equivalent.
 *
 * <p>Memory: every {@link #done()} (more generally every {@link #add(int)}) happens-before the
 * {@link #await()} that it unblocks returns, so results the tasks wrote are visible after {@code
 * await()}.
 *
 * <p>Unlike Go, a WaitGroup may be reused while earlier waiters are still waking up: each waiter
 * is released by the moment the counter reached zero after it started waiting.
 */
public final class WaitGroup {
  static final String NEGATIVE = "gosafe: negative WaitGroup counter";
  static final String OVERFLOW = "gosafe: WaitGroup counter overflow";

  private static final long WAITING = 1L;
  private static final int GEN_MASK = 0x7fff_ffff;
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(WaitGroup.class, "state", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile long state;
  /** Thread id of the creator, for the deadlock detector (0 when detection is off). */
  final long creatorId = Blocking.creatorId();
  private final ReentrantLock qlock = new ReentrantLock();
  private final List<Parked> queue = new ArrayList<>(); // guarded by qlock

  /** A waiter and the generation it waits for. */
  private record Parked(SyncNode node, int gen) {}

  /** Creates a WaitGroup with counter zero. */
  public WaitGroup() {}

  /**
   * Add adds {@code delta}, which may be negative, to the counter. If the counter becomes zero,
   * every task blocked in {@link #await()} is released. Never blocks. As in Go, calls with a
   * positive delta that start when the counter is zero must happen before {@code await()}: call
   * {@code add} before starting the task, not inside it (checker rule WaitGroupAddInTask).
   *
   * @param delta the amount to add
   * @throws IllegalStateException with message {@code "gosafe: negative WaitGroup counter"} if the
   *     counter would become negative (Go panics); the counter is left unchanged
   * @throws IllegalStateException if the counter would exceed {@link Integer#MAX_VALUE}
   */
  public void add(int delta) {
    while (true) {
      long s = state;
      int c = (int) (s >> 32);
      long n = (long) c + delta;
      if (n < 0) {
        throw new IllegalStateException(NEGATIVE);
      }
      if (n > Integer.MAX_VALUE) {
        throw new IllegalStateException(OVERFLOW);
      }
      long low = s & 0xffff_ffffL;
      boolean release = n == 0 && (s & WAITING) != 0;
      long ns;
      if (release) {
        int gen = (int) (low >>> 1);
        ns = (long) ((gen + 1) & GEN_MASK) << 1;
      } else {
        ns = (n << 32) | low;
      }
      if (STATE.compareAndSet(this, s, ns)) {
        if (release) {
          release((int) (low >>> 1));
        }
        return;
      }
    }
  }

  /**
   * Done decrements the counter by one: {@code add(-1)}. Call it once per task, in a {@code
   * finally} (or use {@link #go(Runnable)}, which does it for you). Never blocks.
   *
   * @throws IllegalStateException with message {@code "gosafe: negative WaitGroup counter"} if the
   *     counter is already zero
   */
  public void done() {
    add(-1);
  }

  /**
   * Await blocks until the counter is zero: Go's {@code wg.Wait()}. Returns at once if it is zero
   * now. Every {@code done()} that brought the counter to zero happens-before await returns.
   *
   * @throws InterruptedOperationException if the task is interrupted while it waits (the interrupt
   *     flag is set); a wait that completed concurrently with the interrupt returns normally
   * @throws DeadlockException if the run-time deadlock detector finds that the counter can never
   *     reach zero (see docs/diagnostics.md)
   */
  public void await() {
    if ((int) (state >> 32) == 0) {
      return;
    }
    SyncNode node;
    qlock.lock();
    try {
      long s;
      while (true) {
        s = state;
        if ((int) (s >> 32) == 0) {
          return;
        }
        if ((s & WAITING) != 0 || STATE.compareAndSet(this, s, s | WAITING)) {
          break;
        }
      }
      node = new SyncNode();
      queue.add(new Parked(node, (int) ((s & 0xffff_ffffL) >>> 1)));
    } finally {
      qlock.unlock();
    }
    SyncNode.Outcome outcome = node.await(Blocking.WAITGROUP_WAIT, this, Long.MAX_VALUE);
    if (outcome == SyncNode.Outcome.GRANTED) {
      return;
    }
    qlock.lock();
    try {
      if (node.granted() || !queue.removeIf(p -> p.node() == node)) {
        return; // released (dequeued) while giving up: the wait completed (flag stays set)
      }
    } finally {
      qlock.unlock();
    }
    throw node.failure(outcome, Blocking.WAITGROUP_WAIT);
  }

  /**
   * Go runs {@code body} in a new task counted by this group: {@code add(1)}, then {@link
   * Go#go(Runnable)}, then {@code done()} in a {@code finally} once the body ends, like Go 1.25's
   * {@code wg.Go}. A body's exception still reaches the task's joiners and its thread's
   * uncaught-exception handler (see {@link Task}), after {@code done()}.
   *
   * @param body the task body; not null
   * @return the started task
   * @throws NullPointerException if {@code body} is null
   */
  public Task go(Runnable body) {
    Objects.requireNonNull(body, "body");
    add(1);
    try {
      return Go.go(
          () -> {
            try {
              body.run();
            } finally {
              done();
            }
          });
    } catch (RuntimeException | Error e) {
      done(); // the task never started
      throw e;
    }
  }

  /** Returns a description with the current counter, for task dumps. */
  @Override
  public String toString() {
    return "WaitGroup@" + Integer.toHexString(System.identityHashCode(this)) + "[counter="
        + (int) (state >> 32) + "]";
  }

  /** Grants every queued waiter of generation {@code gen}. Called by the releasing add. */
  private void release(int gen) {
    List<SyncNode> woken = new ArrayList<>();
    qlock.lock();
    try {
      for (Iterator<Parked> it = queue.iterator(); it.hasNext(); ) {
        Parked p = it.next();
        if (p.gen() == gen) {
          it.remove();
          woken.add(p.node());
        }
      }
    } finally {
      qlock.unlock();
    }
    woken.forEach(SyncNode::grant);
  }
}
