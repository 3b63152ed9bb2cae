package dev.gosafe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note.
 *
 * The lock of one channel (Go's hchan.lock): a non-reentrant mutual-exclusion lock whose word
 * lives in the Chan object itself (Chan extends this class), so a send or receive touches one
 * object for the lock, the buffer indices and the closed flag. It guards only short critical
 * sections that never block or run user code, so it can be much simpler than ReentrantLock, whose
 * separate AbstractQueuedSynchronizer object, owner bookkeeping and fenced release made the
 * channel about 30% slower on W1 and half as fast on W2 (docs/adr/0010).
 *
 * Contention policy, measured (docs/adr/0010): a contender on a *buffered* channel does not spin.
 * Two tasks fighting over a buffered channel's lock are in lock-step, each operation moving the
 * lock's cache line between carriers; letting the other side run through the buffer alone is
 * faster (W2 12M msgs/s without spinning, 5.8M spinning 100 times first). On an *unbuffered*
 * channel there is nothing to run ahead with: the partner is needed for every hand-off, so a
 * contender spins up to SPINS times (a few microseconds at most, only with more than one CPU and
 * carrier). Then a virtual thread yields its carrier up to YIELDS times, retrying after each, and
 * only then parks: parked contenders, each costing a park, an unpark owed by the releaser and a
 * node, were most of W3's time (4 producers and 4 consumers on one channel: about 0.07 lock parks
 * per message), and a yield lets the carrier run another task meanwhile without that bookkeeping.
 * Bounded: never more than YIELDS yields per acquisition, so the yield pathologies of ADR 0008
 * (tasks waiting for each other by yielding) cannot arise.
 *
 * state: FREE (0), HELD (1: held, no thread parked), CONTENDED (2: held, a thread may be parked).
 * This is Drepper's three-state futex mutex ("Futexes Are Tricky", mutex 3), with a Treiber stack
 * of Nodes standing in for the futex wait queue:
 *
 *   lock:    CAS FREE -> HELD; else spin a bounded number of times on the word (only with more than
 *            one carrier/CPU, only on unbuffered channels), then yield up to YIELDS times (virtual
 *            threads), retrying the CAS after each, else: push a fresh Node, swap the word to
 *            CONTENDED; if the word was FREE the lock is ours (cancel the Node), else park until
 *            the Node is woken, and repeat with a fresh Node.
 *   unlock:  swap the word to FREE; if it was CONTENDED, pop Nodes until one is claimed
 *            (WAITING -> WOKEN by CAS; CANCELLED ones are dropped) and unpark its thread.
 *
 * Why no wake-up is lost: a thread parks only after pushing its Node and then swapping the word to
 * CONTENDED while the lock was held. The release of that hold sees CONTENDED and wakes one WAITING
 * node. The woken thread (which may be another waiter) always pushes a new node and swaps in
 * CONTENDED again before it can park or take the lock, so as long as a Node is WAITING the word
 * returns to CONTENDED before the next release, or a woken thread is on its way to doing so.
 * A thread that got the lock with its own Node still WAITING marks it CANCELLED; if an unlocker
 * claimed it first, the word is CONTENDED anyway (we swapped it in), so our own release wakes the
 * next one: nothing is lost, at worst one unpark is spent on a thread that is not parked.
 *
 * Nodes are never reused (a fresh one per push), so the Treiber stack has no ABA problem. LIFO
 * wake-up order: the lock is not fair, as Go's runtime lock is not; critical sections are short.
 * Interrupts are ignored while waiting and re-asserted on return (the lock is not interruptible).
 */

/** The lock word and waiters of a channel; package-private base class of {@link Chan}. */
abstract class ChanLock {
  private static final int FREE = 0;
  private static final int HELD = 1;
  private static final int CONTENDED = 2;

  /**
   * Yields of a virtual-thread contender before it parks: the holder is running on another carrier
   * and releases within nanoseconds, and a yield costs less than a park plus the unpark that the
   * holder's release would then owe (measured: W3 11-13M msgs/s with 2 yields, 7.7-11.2M without).
   */
  private static final int YIELDS = 2;

  /** Spins on the word before parking; 0 when there is a single CPU or carrier. */
  private static final int SPINS = Spin.ENABLED ? 100 : 0;

  private static final VarHandle STATE;
  private static final VarHandle WAITERS;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      STATE = l.findVarHandle(ChanLock.class, "state", int.class);
      WAITERS = l.findVarHandle(ChanLock.class, "waiters", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private volatile int state;
  private volatile Node waiters;

  /** Spins on the word before parking: {@link #SPINS} for a rendezvous channel, else 0. */
  private final int spins;

  /**
   * @param rendezvous whether the channel is unbuffered: only then does a contender spin before
   *     parking (see the maintainer note)
   */
  ChanLock(boolean rendezvous) {
    this.spins = rendezvous ? SPINS : 0;
  }

  /** One parked contender; pushed once, claimed by one unlocker or cancelled by its thread. */
  private static final class Node {
    static final int WAITING = 0;
    static final int WOKEN = 1;
    static final int CANCELLED = 2;
    static final VarHandle STATUS;

    static {
      try {
        STATUS = MethodHandles.lookup().findVarHandle(Node.class, "status", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    final Thread thread = Thread.currentThread();
    Node next;
    volatile int status;
  }

  /** Acquires the lock (not reentrant, not interruptible). */
  final void lock() {
    if (!STATE.compareAndSet(this, FREE, HELD)) {
      lockSlow();
    }
  }

  /** Releases the lock; the caller must hold it. */
  final void unlock() {
    if (!STATE.compareAndSet(this, HELD, FREE)) {
      unlockSlow();
    }
  }

  /** The lock word: 0 free, 1 held, 2 held with contenders (for tests). */
  final int lockWord() {
    return state;
  }

  /** Whether any contender's node, waiting or cancelled, is still linked (for tests). */
  final boolean hasLockNodes() {
    return waiters != null;
  }

  private void lockSlow() {
    for (int i = spins; i > 0; i--) {
      Thread.onSpinWait();
      if (state == FREE && STATE.compareAndSet(this, FREE, HELD)) {
        return;
      }
    }
    if (Thread.currentThread().isVirtual()) {
      for (int i = YIELDS; i > 0; i--) {
        Thread.yield();
        if (state == FREE && STATE.compareAndSet(this, FREE, HELD)) {
          return;
        }
      }
    }
    boolean interrupted = false;
    while (true) {
      Node n = new Node();
      push(n);
      if ((int) STATE.getAndSet(this, CONTENDED) == FREE) {
        Node.STATUS.compareAndSet(n, Node.WAITING, Node.CANCELLED);
        break;
      }
      while (n.status == Node.WAITING) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void unlockSlow() {
    // The word is CONTENDED (HELD would have been released by the CAS in unlock()).
    STATE.setVolatile(this, FREE);
    Node n;
    while ((n = pop()) != null) {
      if (Node.STATUS.compareAndSet(n, Node.WAITING, Node.WOKEN)) {
        LockSupport.unpark(n.thread);
        return;
      }
    }
  }

  private void push(Node n) {
    Node h;
    do {
      h = waiters;
      n.next = h;
    } while (!WAITERS.compareAndSet(this, h, n));
  }

  private Node pop() {
    Node h;
    do {
      h = waiters;
      if (h == null) {
        return null;
      }
    } while (!WAITERS.compareAndSet(this, h, h.next));
    return h;
  }
}
