package dev.gosafe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.checkerframework.checker.lock.qual.EnsuresLockHeld;
import org.checkerframework.checker.lock.qual.EnsuresLockHeldIf;
import org.checkerframework.checker.lock.qual.MayReleaseLocks;
import org.checkerframework.checker.lock.qual.ReleasesNoLocks;

/*
 * Maintainer note.
 *
 * state (volatile int, CAS through STATE):
 *   UNLOCKED 0  nobody holds the mutex;
 *   LOCKED   1  held, no thread queued;
 *   QUEUED   2  held, and queue is non-empty.
 * Transitions 0->1 (lock fast path) and 1->0 (unlock fast path) need no other lock; every
 * transition into or out of QUEUED happens while holding qlock, so under qlock
 * "state == QUEUED <=> !queue.isEmpty()" holds. QUEUED implies held, so the fast paths fail and
 * everybody goes through qlock while threads wait.
 *
 * Unlock with waiters hands the mutex directly to the head of the FIFO queue (state stays held,
 * owner := that thread, then SyncNode.grant()). So once a thread waits, no newcomer barges ahead of
 * it: FIFO and starvation-free. Go's sync.Mutex is more relaxed (a woken waiter competes with
 * newcomers, with a "starvation mode" handoff after 1ms); we always hand off, which costs
 * throughput under heavy contention but keeps the algorithm small. A newcomer spins a few times
 * (SPINS, bounded) before queueing, to absorb very short critical sections, as Go does.
 *
 * owner (volatile Thread): the thread that locked, for relock detection and dumps. Written by the
 * acquirer right after its CAS, by the releaser on handoff, cleared by unlock before the release.
 * Only the holder (or a handoff releaser) writes it while held, so "owner == current thread" in
 * a thread that failed the fast path means it relocks what it holds: DeadlockException. (If
 * another thread is concurrently unlocking a mutex that this thread locked, allowed as in Go, the
 * relock may be reported although it would have succeeded a moment later. Documented.)
 *
 * Happens-before: unlock's CAS 1->0 or its grant() (volatile write) precedes the next locker's
 * CAS or granted read (volatile read).
 *
 * Reference: Go sync/mutex.go and runtime/sema.go; Drepper, "Futexes are tricky" (state 0/1/2).
 */

/**
 * A mutual exclusion lock: Go's {@code sync.Mutex}. The zero state is unlocked; create one with
 * {@code new Mutex()}.
 *
 * <p>Not reentrant: a task that locks a mutex it already holds gets a {@link DeadlockException}
 * (Go would block forever). As in Go, a locked mutex is not associated with a particular task:
 * one task may lock it and another unlock it. Fairness: waiting tasks acquire the mutex in FIFO
 * order, a newcomer never overtakes a queued task. The use with try-with-resources:
 *
 * <pre>{@code
 * try (var held = mu.locked()) {
 *   balance += amount;
 * }
 * }</pre>
 *
 * <p>Memory: the n-th {@code unlock()} happens-before the (n+1)-th lock acquisition returns, as in
 * Go's memory model. Blocking operations are interruptible: {@link #lock()} ends with an unchecked
 * {@link InterruptedOperationException}, the {@link Lock} methods that declare {@link
 * InterruptedException} throw that. {@link #newCondition()} is not supported.
 */
public final class Mutex implements Lock {
  private static final int UNLOCKED = 0;
  private static final int LOCKED = 1;
  private static final int QUEUED = 2;
  private static final int SPINS = 16;

  static final String DOUBLE_LOCK =
      "gosafe: deadlock: Mutex relocked by the task that holds it (rule DoubleLock)";
  static final String UNLOCK_UNLOCKED = "gosafe: unlock of unlocked mutex";

  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(Mutex.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("UnusedVariable") // accessed through STATE
  private volatile int state;

  private volatile Thread owner;
  /** Thread id of the creator, for the deadlock detector (0 when detection is off). */
  final long creatorId = Blocking.creatorId();
  private final ReentrantLock qlock = new ReentrantLock();
  private final ArrayDeque<SyncNode> queue = new ArrayDeque<>(); // guarded by qlock

  /** Creates an unlocked mutex. */
  public Mutex() {}

  /**
   * Lock locks the mutex. If it is held by another task, blocks until it is available; waiting
   * tasks are served in FIFO order. The previous unlock happens-before this call returns.
   *
   * <p>Unlike {@link Lock#lock()}, this wait is interruptible, as every blocking gosafe operation.
   *
   * @throws DeadlockException if the calling task already holds the mutex (Go: blocks forever)
   * @throws InterruptedOperationException if the task is interrupted while it waits; the mutex is
   *     not acquired and the interrupt flag is set
   */
  @Override
  @EnsuresLockHeld("this")
  @ReleasesNoLocks
  public void lock() {
    if (!STATE.compareAndSet(this, UNLOCKED, LOCKED)) {
      if (acquireSlow(Long.MAX_VALUE) != SyncNode.Outcome.GRANTED) {
        throw InterruptedOperationException.interrupted(Blocking.MUTEX_LOCK);
      }
    } else {
      owner = Thread.currentThread();
    }
  }

  /**
   * Lock locks the mutex like {@link #lock()}, but reports interruption with the checked {@link
   * InterruptedException} of the {@link Lock} contract (and clears the interrupt flag, as that
   * contract requires). An interrupt flag already set on entry throws at once.
   *
   * @throws InterruptedException if the task is interrupted before or while it waits; the mutex is
   *     not acquired
   * @throws DeadlockException if the calling task already holds the mutex
   */
  @Override
  @EnsuresLockHeld("this")
  @ReleasesNoLocks
  public void lockInterruptibly() throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    if (!STATE.compareAndSet(this, UNLOCKED, LOCKED)) {
      if (acquireSlow(Long.MAX_VALUE) != SyncNode.Outcome.GRANTED) {
        Thread.interrupted();
        throw new InterruptedException();
      }
    } else {
      owner = Thread.currentThread();
    }
  }

  /**
   * TryLock tries to lock the mutex and reports whether it succeeded; never blocks. Like Go's
   * {@code TryLock}, it returns false when the mutex is held, also by the calling task itself, and
   * it does not overtake tasks queued in {@link #lock()}. A successful call is ordered after the
   * previous unlock as {@link #lock()} is.
   *
   * @return true if the mutex is now held by the caller
   */
  @Override
  @EnsuresLockHeldIf(expression = "this", result = true)
  @ReleasesNoLocks
  public boolean tryLock() {
    if (STATE.compareAndSet(this, UNLOCKED, LOCKED)) {
      owner = Thread.currentThread();
      return true;
    }
    return false;
  }

  /**
   * TryLock tries to lock the mutex, waiting at most {@code time}. Waits in FIFO order like {@link
   * #lock()}; a non-positive time makes it {@link #tryLock()}.
   *
   * @param time the longest wait
   * @param unit the unit of {@code time}; not null
   * @return true if the mutex is now held by the caller, false if the time elapsed first
   * @throws InterruptedException if the task is interrupted while it waits (flag cleared, as the
   *     {@link Lock} contract requires); the mutex is not acquired
   * @throws DeadlockException if the calling task already holds the mutex and would wait
   */
  @Override
  @EnsuresLockHeldIf(expression = "this", result = true)
  @ReleasesNoLocks
  public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
    if (tryLock()) {
      return true;
    }
    long nanos = unit.toNanos(time);
    if (nanos <= 0) {
      return false;
    }
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    long deadline = System.nanoTime() + nanos;
    if (deadline == Long.MAX_VALUE) {
      deadline--;
    }
    return switch (acquireSlow(deadline)) {
      case GRANTED -> true;
      case TIMED_OUT -> false;
      case DEADLOCK -> throw new AssertionError("acquireSlow throws for DEADLOCK");
      case INTERRUPTED -> {
        Thread.interrupted();
        throw new InterruptedException();
      }
    };
  }

  /**
   * Unlock unlocks the mutex. Never blocks; if tasks wait, the longest-waiting one gets the mutex.
   * As in Go, the mutex need not have been locked by the calling task: another task may unlock it.
   * Everything the holder did happens-before the next acquisition of the mutex.
   *
   * @throws IllegalStateException with message {@code "gosafe: unlock of unlocked mutex"} if the
   *     mutex is not locked (Go: fatal error)
   */
  @Override
  @MayReleaseLocks
  public void unlock() {
    owner = null;
    if (!STATE.compareAndSet(this, LOCKED, UNLOCKED)) {
      unlockSlow();
    }
  }

  /**
   * Locked locks the mutex as {@link #lock()} does and returns a handle whose {@link
   * Locked#close()} unlocks it, for try-with-resources.
   *
   * @return a handle to close exactly once
   * @throws DeadlockException if the calling task already holds the mutex
   * @throws InterruptedOperationException if the task is interrupted while it waits (flag set)
   */
  @EnsuresLockHeld("this")
  @ReleasesNoLocks
  public Locked locked() {
    lock();
    return new LockedHandle(this::unlock);
  }

  /**
   * Not supported: gosafe code waits on channels, not on conditions.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  @ReleasesNoLocks
  public Condition newCondition() {
    throw new UnsupportedOperationException(
        "gosafe: Mutex has no conditions; wait on a channel instead");
  }

  /** Returns a description with the lock state and, when known, the holder, for task dumps. */
  @Override
  public String toString() {
    Thread t = owner;
    String s =
        switch (state) {
          case UNLOCKED -> "unlocked";
          case LOCKED -> "locked";
          default -> "locked, tasks waiting";
        };
    return "Mutex@" + Integer.toHexString(System.identityHashCode(this)) + "[" + s
        + (t == null ? "" : " by " + t.getName()) + "]";
  }

  /** The thread holding the mutex, when known; for the deadlock detector and dumps. */
  Thread holder() {
    return owner;
  }

  /**
   * Slow path of the acquire operations: relock check, bounded spin, then queue and park. Returns
   * GRANTED with the mutex held by the caller, or INTERRUPTED (flag set) / TIMED_OUT without it;
   * throws the detector's DeadlockException if the wait was condemned.
   */
  private SyncNode.Outcome acquireSlow(long deadline) {
    Thread me = Thread.currentThread();
    if (me.equals(owner)) {
      throw new DeadlockException(DOUBLE_LOCK);
    }
    for (int i = 0; i < SPINS; i++) {
      if (state == UNLOCKED && STATE.compareAndSet(this, UNLOCKED, LOCKED)) {
        owner = me;
        return SyncNode.Outcome.GRANTED;
      }
      Thread.onSpinWait();
    }
    SyncNode node;
    qlock.lock();
    try {
      while (true) {
        int s = state;
        if (s == UNLOCKED) {
          if (STATE.compareAndSet(this, UNLOCKED, LOCKED)) {
            owner = me;
            return SyncNode.Outcome.GRANTED;
          }
        } else if (s == QUEUED || STATE.compareAndSet(this, LOCKED, QUEUED)) {
          break;
        }
      }
      node = new SyncNode();
      queue.addLast(node);
    } finally {
      qlock.unlock();
    }
    SyncNode.Outcome outcome = node.await(Blocking.MUTEX_LOCK, this, deadline);
    if (outcome != SyncNode.Outcome.GRANTED) {
      qlock.lock();
      try {
        if (!node.granted()) {
          queue.remove(node);
          if (queue.isEmpty()) {
            state = LOCKED;
          }
          if (outcome == SyncNode.Outcome.DEADLOCK) {
            throw node.doom();
          }
          return outcome;
        }
      } finally {
        qlock.unlock();
      }
      // Granted while giving up: we hold the mutex now; keep it (the wait completed).
    }
    return SyncNode.Outcome.GRANTED;
  }

  /** Unlock when the fast CAS failed: either not locked (misuse) or waiters to hand off to. */
  private void unlockSlow() {
    while (true) {
      int s = state;
      if (s == UNLOCKED) {
        throw new IllegalStateException(UNLOCK_UNLOCKED);
      }
      if (s == LOCKED) {
        if (STATE.compareAndSet(this, LOCKED, UNLOCKED)) {
          return;
        }
        continue;
      }
      SyncNode next;
      qlock.lock();
      try {
        if (state != QUEUED) {
          continue; // a waiter gave up and the state went back to LOCKED; retry
        }
        next = queue.pollFirst();
        if (queue.isEmpty()) {
          state = LOCKED;
        }
        owner = next.thread;
      } finally {
        qlock.unlock();
      }
      next.grant();
      return;
    }
  }
}
