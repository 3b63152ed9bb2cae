package dev.gosafe;

import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note.
 *
 * A SyncNode is one thread parked in a sync primitive (Mutex, RWMutex, WaitGroup): the analogue of
 * the sudog that Go's runtime semaphore (runtime/sema.go) queues for sync.Mutex and friends. It is
 * deliberately separate from the channel Waiter: channels need elem/select state, sync does not.
 *
 * Protocol. The primitive enqueues the node in one of its FIFO queues while holding its own queue
 * lock, releases that lock, and calls await(...). A releaser, again under the queue lock, removes
 * the node, transfers ownership to it (the lock, a read share, "the counter reached zero") and
 * calls grant(). grant() is a volatile write of granted followed by unpark, so every write the
 * releaser made before grant() happens-before await() returning GRANTED.
 *
 * A node that gives up (interrupt, timeout, or a wait condemned by the deadlock detector: outcome
 * DEADLOCK, see Deadlocks) must, under the queue lock, check granted once more:
 * if it was granted in between it owns what it was given and must keep it or hand it back; else
 * it removes itself from the queue and nobody will grant it anymore.
 *
 * Invariant: granted goes false -> true once, only by the releaser, only after dequeue.
 */
final class SyncNode {
  /** Outcome of {@link #await}. */
  enum Outcome {
    GRANTED,
    INTERRUPTED,
    TIMED_OUT,
    /** The deadlock detector condemned the wait; the caller throws {@link #doom()}. */
    DEADLOCK
  }

  private DeadlockException doom;

  final Thread thread;
  private volatile boolean granted;

  SyncNode() {
    this.thread = Thread.currentThread();
  }

  /** Whether a releaser granted this node; a volatile read. */
  boolean granted() {
    return granted;
  }

  /** Grants the node and wakes its thread. Precondition: the node was removed from its queue. */
  void grant() {
    granted = true;
    LockSupport.unpark(thread);
  }

  /**
   * Parks the owning thread until granted, interrupted, condemned by the deadlock detector or past
   * {@code deadline} (a {@link
   * System#nanoTime()} value; {@code Long.MAX_VALUE} for no deadline). Records {@code op}/{@code on}
   * in {@link Blocking} while parked. Leaves the interrupt flag as it found it: an interrupted
   * return has the flag still set. Precondition: called by {@link #thread}.
   */
  Outcome await(String op, Object on, long deadline) {
    Blocking b = Blocking.enter(op, on, this, deadline != Long.MAX_VALUE);
    try {
      while (!granted) {
        if (thread.isInterrupted()) {
          return granted ? Outcome.GRANTED : Outcome.INTERRUPTED;
        }
        if (b.doomed()) {
          doom = b.takeDoom();
          return granted ? Outcome.GRANTED : Outcome.DEADLOCK;
        }
        if (deadline == Long.MAX_VALUE) {
          LockSupport.park(on);
        } else {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return granted ? Outcome.GRANTED : Outcome.TIMED_OUT;
          }
          LockSupport.parkNanos(on, left);
        }
      }
      return Outcome.GRANTED;
    } finally {
      b.exit();
    }
  }

  /** The exception of a {@link Outcome#DEADLOCK} outcome. Call only from {@link #thread}. */
  DeadlockException doom() {
    return doom;
  }

  /**
   * The exception that ends an acquire that did not get what it waited for: the detector's
   * DeadlockException, else an InterruptedOperationException for {@code op} (flag restored).
   * Precondition: {@code outcome} is INTERRUPTED or DEADLOCK.
   */
  RuntimeException failure(Outcome outcome, String op) {
    if (outcome == Outcome.DEADLOCK) {
      return doom;
    }
    return InterruptedOperationException.interrupted(op);
  }
}
