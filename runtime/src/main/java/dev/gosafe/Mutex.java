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
 * Algorithm: Go's sync.Mutex (sync/mutex.go): barging in normal mode, hand-off in starvation mode.
 * The parking queue is ours (a FIFO ArrayDeque of Waiting under qlock) instead of Go's semaphore.
 *
 * state (volatile int, CAS through STATE):
 *   bit 0 LOCKED    the mutex is held;
 *   bit 1 WOKEN     one party has the "wake duty": a waiter was woken to compete, so unlock
 *                   must not wake another waiter; exactly one thread (its local `awoke`) holds
 *                   the bit and clears it in its next successful CAS;
 *   bit 2 STARVING  starvation mode: unlock hands the mutex to the queue head, nobody barges;
 *   bits 3.. waiter count (WAITER units) == queue.size() whenever qlock is free.
 * Fast paths: one CAS each, also while waiters are queued. hint (a plain int, read and written
 * racily) is a recent state value with LOCKED clear, normally the value the last release left;
 * lock CASes hint -> hint | LOCKED, unlock CASes hint | LOCKED -> hint and then calls wakeOne if
 * hint has waiters and no WOKEN. The hint is never trusted: each CAS compares the whole word, so
 * it succeeds exactly when a state-reading CAS with the same transition would (a state with
 * LOCKED clear has STARVING clear too, see the invariants, so a lock by hint never barges in
 * hand-off mode and an unlock by hint never bypasses a hand-off); a stale hint costs one failed
 * CAS and the slow path, which re-reads state and refreshes hint. Why a hint rather than
 * reading state first: with a queue of waiters the word is never 0, so a constant expected value
 * (CAS 0 -> LOCKED, the previous version) failed on every contended lock and unlock and paid a
 * second CAS; and a volatile read of state just before the CAS measured ~3-4 ns slower on an
 * uncontended lock/unlock pair than a CAS whose expected value needs no read of the word (ADR
 * 0009). Every writer of hint stores a value it CASed from or to with LOCKED clear. The waiter
 * count and STARVING change only under qlock (always by CAS, because LOCKED/WOKEN change outside
 * it), which is what keeps "count == queue.size()" and lets a releaser poll a node whenever the
 * count says there is one. Invariants: STARVING implies LOCKED and count > 0 (hand-off keeps
 * LOCKED set; a starving waiter sets STARVING only while LOCKED; whoever empties the queue
 * clears it). A thread enqueues only by a CAS that sees LOCKED, so the holder's unlock sees the
 * count and wakes somebody unless WOKEN is set, and the WOKEN holder always either acquires,
 * re-queues while LOCKED, or (giving up) clears WOKEN and runs the wake step itself: no waiter is
 * stranded.
 *
 * Normal mode: a running newcomer (lock, tryLock) takes the mutex by CAS whenever LOCKED
 * is clear, even with waiters queued; unlock clears LOCKED and, if waiters exist and nobody has
 * the wake duty, moves the queue head out (count - 1, WOKEN set) and grants it; that node does
 * not own the mutex, it competes again. A woken waiter that loses re-queues at the head with its
 * original wait start. This is what avoids the lock convoy (benchmark W6): a task can lock and
 * unlock many times in a row while others sleep. Starvation mode: a waiter that waited more than
 * STARVE_NANOS (1 ms) and loses again sets STARVING; unlock then keeps LOCKED, pops the head,
 * writes owner and grants it with handoff = true (it owns the mutex on waking). Back to normal
 * when the queue drains or the served waiter waited less than 1 ms (Go's two exit conditions).
 * No spinning. A newcomer that finds the mutex held tries once more under qlock and queues. Go
 * spins briefly here (runtime_canSpin); we do not: on virtual threads a spinner holds a carrier,
 * and measured on two carriers (benchmark W6, ADR 0009) a 16-iteration spin let the newcomer
 * steal the mutex from the running holder, moving the mutex and the data it guards between cores
 * on ~21% of acquisitions (~4% without spinning, as ReentrantLock) and costing about 2x the time
 * per lock/unlock. A woken waiter that finds the mutex held (a running task re-took it) calls
 * Thread.yield() once, keeping WOKEN, and competes again before re-queueing: the yield lets the
 * other tasks of its carrier run instead of burning it, costs the holder nothing (it sees WOKEN
 * and wakes nobody), and gives the waiter a second chance one scheduling round later. Bounded:
 * one yield per wake-up, none in hand-off mode. Measured on W6 it moved the ratio to
 * ReentrantLock from ~0.85x to ~1.0x (ADR 0009); a 32-iteration onSpinWait instead was worse.
 *
 * Waiting.queued (guarded by qlock) says whether a node is still in the queue; a releaser clears
 * it when it polls the node and calls grant() only after releasing qlock. A waiter that gives up
 * (interrupt, timeout, deadlock detector) decides under qlock by `queued`, not by granted (a
 * releaser may have polled the node without granting it yet): still queued -> unlink, count - 1,
 * nothing acquired; handed off -> it owns the mutex and keeps it (the wait completed); woken in
 * normal mode -> it holds the wake duty, so it clears WOKEN and wakes the next waiter if the
 * mutex is free, then gives up. A late grant() only leaves a stale unpark permit, which every
 * gosafe park loop tolerates.
 *
 * owner (accessed through OWNER, opaque mode, no fences): the holder, for relock detection, the
 * deadlock detector and dumps. Written by an acquirer right after its successful CAS, by a
 * hand-off releaser before its state CAS (for the node it serves), and cleared to null by unlock
 * before its releasing CAS. Relock check (slow path only): a thread T whose fast path failed reads
 * state (volatile) and then owner; T reports DoubleLock only if it sees LOCKED and owner == T.
 * Correctness: owner == T can only have been written for an acquisition A of T. Every release R
 * of A writes owner (null, or the next owner) before R's CAS on state, and every later state
 * value is written by an RMW that read R's value, so if T's state read comes after R in the
 * state's modification order, R's owner write happens-before T's owner read and hides T's own
 * earlier write; no later write stores T, since T is running here, not acquiring. Hence T sees
 * owner == T only if A is not yet released as far as T's state read can tell: T still holds the
 * mutex, or another task is unlocking it concurrently (allowed, as in Go; then the relock is
 * reported although it would have succeeded a moment later: documented in runtime.md). Plain
 * ordering suffices for that argument; opaque mode only keeps the racy reads of the detector
 * (holder(), toString()) coherent. This removes the two volatile stores per lock/unlock pair the
 * previous version paid (benchmark W5).
 *
 * Happens-before: the releasing CAS of unlock (or the state CAS + grant of a hand-off, a volatile
 * write) precedes the next acquirer's successful CAS or its read of granted (volatile reads).
 *
 * Decision records: docs/adr/0007-mutex-barging-with-starvation-mode.md,
 * docs/adr/0009-mutex-no-spin-one-cas-fast-paths.md.
 * Reference: Go sync/mutex.go (normal/starvation modes, mutexWoken) and runtime/sema.go.
 */

/**
 * A mutual exclusion lock: Go's {@code sync.Mutex}. The zero state is unlocked; create one with
 * {@code new Mutex()}.
 *
 * <p>Not reentrant: a task that locks a mutex it already holds gets a {@link DeadlockException}
 * (Go would block forever). As in Go, a locked mutex is not associated with a particular task:
 * one task may lock it and another unlock it. Fairness, as Go's: waiting tasks are woken in FIFO
 * order, but a woken task competes with running tasks that try to lock at that moment
 * (throughput first); once a task has waited more than 1 ms the mutex switches to hand-off mode,
 * in which it passes directly to the longest waiter and newcomers queue behind, so no task
 * starves. The use with try-with-resources:
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
  private static final int LOCKED = 1;
  private static final int WOKEN = 2;
  private static final int STARVING = 4;
  private static final int WAITER_SHIFT = 3;
  private static final int WAITER = 1 << WAITER_SHIFT;
  /** A waiter that waited longer than this switches the mutex to hand-off (Go: 1 ms). */
  static final long STARVE_NANOS = 1_000_000L;

  static final String DOUBLE_LOCK =
      "gosafe: deadlock: Mutex relocked by the task that holds it (rule DoubleLock)";
  static final String UNLOCK_UNLOCKED = "gosafe: unlock of unlocked mutex";

  private static final VarHandle STATE;
  private static final VarHandle OWNER;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      STATE = l.findVarHandle(Mutex.class, "state", int.class);
      OWNER = l.findVarHandle(Mutex.class, "owner", Thread.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("UnusedVariable") // accessed through STATE
  private volatile int state;

  @SuppressWarnings("UnusedVariable") // accessed through OWNER (opaque), see the maintainer note
  private Thread owner;

  /**
   * A recent state value with LOCKED clear: the expected value of the fast paths' CAS. A plain
   * field, read and written racily; never trusted, see the maintainer note.
   */
  private int hint;
  /** Thread id of the creator, for the deadlock detector (0 when detection is off). */
  final long creatorId = Blocking.creatorId();
  private final ReentrantLock qlock = new ReentrantLock();
  private final ArrayDeque<Waiting> queue = new ArrayDeque<>(); // guarded by qlock

  /** One queued wait of one thread; a woken waiter that loses re-queues with a new node. */
  private static final class Waiting {
    final SyncNode node = new SyncNode();
    /** System.nanoTime() when the thread first queued in this acquisition. */
    final long since;
    /** Linked in queue; guarded by qlock. */
    boolean queued;
    /** Granted by hand-off (owns the mutex) rather than woken to compete; written under qlock. */
    boolean handoff;

    Waiting(long since) {
      this.since = since;
    }
  }

  /** Creates an unlocked mutex. */
  public Mutex() {}

  /**
   * Lock locks the mutex. If it is held by another task, blocks until it is available (see the
   * class comment for the order in which waiting tasks get it). The previous unlock
   * happens-before this call returns.
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
    int e = hint;
    if (STATE.compareAndSet(this, e, e | LOCKED)) {
      OWNER.setOpaque(this, Thread.currentThread());
    } else if (acquireSlow(Long.MAX_VALUE) != SyncNode.Outcome.GRANTED) {
      throw InterruptedOperationException.interrupted(Blocking.MUTEX_LOCK);
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
    int e = hint;
    if (STATE.compareAndSet(this, e, e | LOCKED)) {
      OWNER.setOpaque(this, Thread.currentThread());
    } else if (acquireSlow(Long.MAX_VALUE) != SyncNode.Outcome.GRANTED) {
      Thread.interrupted();
      throw new InterruptedException();
    }
  }

  /**
   * TryLock tries to lock the mutex and reports whether it succeeded; never blocks. Like Go's
   * {@code TryLock}, it returns false when the mutex is held, also by the calling task itself, or
   * when the mutex is in hand-off mode (a task has starved); otherwise it may take the mutex ahead
   * of queued tasks. A successful call is ordered after the previous unlock as {@link #lock()} is.
   *
   * @return true if the mutex is now held by the caller
   */
  @Override
  @EnsuresLockHeldIf(expression = "this", result = true)
  @ReleasesNoLocks
  public boolean tryLock() {
    int s = state;
    if ((s & (LOCKED | STARVING)) == 0 && STATE.compareAndSet(this, s, s | LOCKED)) {
      OWNER.setOpaque(this, Thread.currentThread());
      return true;
    }
    return false;
  }

  /**
   * TryLock tries to lock the mutex, waiting at most {@code time}. Waits like {@link #lock()}; a
   * non-positive time makes it {@link #tryLock()}.
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
   * Unlock unlocks the mutex. Never blocks; if tasks wait, wakes the longest-waiting one (or, in
   * hand-off mode, gives it the mutex). As in Go, the mutex need not have been locked by the
   * calling task: another task may unlock it. Everything the holder did happens-before the next
   * acquisition of the mutex.
   *
   * @throws IllegalStateException with message {@code "gosafe: unlock of unlocked mutex"} if the
   *     mutex is not locked (Go: fatal error)
   */
  @Override
  @MayReleaseLocks
  public void unlock() {
    OWNER.setOpaque(this, (Thread) null);
    int e = hint;
    int s = (int) STATE.compareAndExchange(this, e | LOCKED, e);
    if (s == (e | LOCKED)) {
      if ((e >>> WAITER_SHIFT) != 0 && (e & WOKEN) == 0) {
        wakeOne(e);
      }
      return;
    }
    unlockSlow(s);
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
    int st = state;
    Thread t = (st & LOCKED) == 0 ? null : (Thread) OWNER.getOpaque(this);
    String s;
    if ((st & LOCKED) == 0) {
      s = "unlocked";
    } else if ((st >>> WAITER_SHIFT) == 0) {
      s = "locked";
    } else if ((st & STARVING) != 0) {
      s = "locked, tasks waiting, hand-off mode";
    } else {
      s = "locked, tasks waiting";
    }
    return "Mutex@" + Integer.toHexString(System.identityHashCode(this)) + "[" + s
        + (t == null ? "" : " by " + Blocking.nameOf(t)) + "]";
  }

  /** The raw state word (LOCKED, WOKEN, STARVING bits and the waiter count), for tests. */
  int stateWord() {
    return state;
  }

  /** The thread holding the mutex, when known; for the deadlock detector and dumps. */
  Thread holder() {
    return (Thread) OWNER.getOpaque(this);
  }

  /**
   * Slow path of the acquire operations: relock check, barging CAS, queue and park,
   * compete again when woken. Returns GRANTED with the mutex held by the caller, or INTERRUPTED
   * (flag set) / TIMED_OUT without it; throws DeadlockException for a relock or if the deadlock
   * detector condemned the wait. Precondition: the caller does not hold qlock.
   */
  @SuppressWarnings("ThreadPriorityCheck") // one yield per wake-up, see the maintainer note
  private SyncNode.Outcome acquireSlow(long deadline) {
    Thread me = Thread.currentThread();
    int s = state;
    if ((s & LOCKED) != 0 && OWNER.getOpaque(this) == me) {
      throw new DeadlockException(DOUBLE_LOCK);
    }
    boolean awoke = false; // this thread holds the WOKEN bit
    long since = 0L; // when this acquisition first queued; 0 = not yet
    boolean yielded = false; // this wake-up already yielded once
    while (true) {
      s = state;
      if ((s & (LOCKED | STARVING)) == 0) {
        if (STATE.compareAndSet(this, s, awoke ? (s | LOCKED) & ~WOKEN : s | LOCKED)) {
          hint = awoke ? s & ~WOKEN : s;
          OWNER.setOpaque(this, me);
          return SyncNode.Outcome.GRANTED;
        }
        continue;
      }
      if (awoke && !yielded && (s & STARVING) == 0) {
        // Woken, but a running task re-took the mutex: yield the carrier once before re-queueing
        // (see the maintainer note). We keep WOKEN meanwhile, so the holder wakes nobody else.
        yielded = true;
        Thread.yield();
        continue;
      }
      boolean starving = since != 0L && System.nanoTime() - since > STARVE_NANOS;
      boolean requeue = since != 0L;
      if (!requeue) {
        since = System.nanoTime();
      }
      Waiting w = new Waiting(since); // allocated before qlock: keep its critical section short
      qlock.lock();
      try {
        while (true) {
          s = state;
          if ((s & (LOCKED | STARVING)) == 0) {
            if (STATE.compareAndSet(this, s, awoke ? (s | LOCKED) & ~WOKEN : s | LOCKED)) {
              hint = awoke ? s & ~WOKEN : s;
              OWNER.setOpaque(this, me);
              return SyncNode.Outcome.GRANTED;
            }
            continue;
          }
          int n = s + WAITER;
          if (awoke) {
            n &= ~WOKEN;
          }
          if (starving && (s & LOCKED) != 0) {
            n |= STARVING; // only while held: hand-off needs a holder to unlock
          }
          if (STATE.compareAndSet(this, s, n)) {
            break;
          }
        }
        if (requeue) {
          queue.addFirst(w); // a woken waiter that lost keeps its place at the head, as in Go
        } else {
          queue.addLast(w);
        }
        w.queued = true;
        awoke = false;
      } finally {
        qlock.unlock();
      }
      SyncNode.Outcome outcome = w.node.await(Blocking.MUTEX_LOCK, this, deadline);
      if (outcome != SyncNode.Outcome.GRANTED) {
        return giveUp(w, outcome);
      }
      if (w.handoff) {
        return SyncNode.Outcome.GRANTED; // the releaser made us the holder and wrote owner
      }
      awoke = true; // woken in normal mode with the WOKEN bit: compete again
      yielded = false;
    }
  }

  /**
   * Ends a wait that was interrupted, timed out or condemned. Returns {@code outcome}, or GRANTED
   * if the mutex was handed to {@code w} meanwhile; throws the detector's exception for DEADLOCK.
   * Precondition: {@code w} was queued by the calling thread and its await did not return GRANTED.
   */
  private SyncNode.Outcome giveUp(Waiting w, SyncNode.Outcome outcome) {
    qlock.lock();
    try {
      if (w.queued) {
        queue.remove(w);
        w.queued = false;
        while (true) {
          int s = state;
          int n = s - WAITER;
          if (queue.isEmpty()) {
            n &= ~STARVING;
          }
          if (STATE.compareAndSet(this, s, n)) {
            break;
          }
        }
        if (outcome == SyncNode.Outcome.DEADLOCK) {
          throw w.node.doom();
        }
        return outcome;
      }
      if (w.handoff) {
        return SyncNode.Outcome.GRANTED; // handed off while giving up: the wait completed
      }
    } finally {
      qlock.unlock();
    }
    // Woken to compete while giving up: we hold WOKEN; pass the duty on before leaving.
    int s;
    do {
      s = state;
    } while (!STATE.compareAndSet(this, s, s & ~WOKEN));
    wakeOne(s & ~WOKEN);
    if (outcome == SyncNode.Outcome.DEADLOCK) {
      throw w.node.doom();
    }
    return outcome;
  }

  /**
   * Unlock when the fast CAS failed: a stale hint, not locked (misuse), or hand-off mode. {@code
   * s} is a recent state.
   */
  private void unlockSlow(int s) {
    while (true) {
      if ((s & LOCKED) == 0) {
        throw new IllegalStateException(UNLOCK_UNLOCKED);
      }
      if ((s & STARVING) != 0) {
        if (handOff()) {
          return;
        }
        s = state;
        continue; // the last starving waiter gave up meanwhile: normal mode again
      }
      int n = s & ~LOCKED;
      int witness = (int) STATE.compareAndExchange(this, s, n);
      if (witness == s) {
        hint = n;
        wakeOne(n);
        return;
      }
      s = witness;
    }
  }

  /**
   * Starvation mode: passes the mutex (still LOCKED) to the queue head. Returns false, changing
   * nothing, if the mutex is no longer in starvation mode. Precondition: the caller holds the
   * mutex and not qlock.
   */
  private boolean handOff() {
    Waiting next;
    qlock.lock();
    try {
      if ((state & STARVING) == 0) {
        return false;
      }
      next = queue.pollFirst(); // non-null: STARVING implies waiters
      next.queued = false;
      next.handoff = true;
      boolean backToNormal = queue.isEmpty() || System.nanoTime() - next.since < STARVE_NANOS;
      OWNER.setOpaque(this, next.node.thread);
      while (true) {
        int s = state;
        int n = s - WAITER;
        if (backToNormal) {
          n &= ~STARVING;
        }
        if (STATE.compareAndSet(this, s, n)) {
          break;
        }
      }
    } finally {
      qlock.unlock();
    }
    next.node.grant();
    return true;
  }

  /**
   * Normal mode after a release: if there are waiters, the mutex is free and nobody holds the wake
   * duty, wakes the queue head to compete (count - 1, WOKEN set). {@code s} is a recent state.
   * Precondition: the caller does not hold qlock.
   */
  private void wakeOne(int s) {
    while ((s >>> WAITER_SHIFT) != 0 && (s & (LOCKED | WOKEN | STARVING)) == 0) {
      Waiting next = null;
      qlock.lock();
      try {
        s = state;
        if ((s >>> WAITER_SHIFT) != 0
            && (s & (LOCKED | WOKEN | STARVING)) == 0
            && STATE.compareAndSet(this, s, (s - WAITER) | WOKEN)) {
          next = queue.pollFirst(); // non-null: count == queue.size() under qlock
          next.queued = false;
        }
      } finally {
        qlock.unlock();
      }
      if (next != null) {
        next.node.grant();
        return;
      }
      s = state;
    }
  }
}
