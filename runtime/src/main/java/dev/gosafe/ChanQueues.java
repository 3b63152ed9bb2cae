package dev.gosafe;

/*
 * Maintainer note.
 *
 * The two FIFOs of parked Waiters of a channel (Go's recvq and sendq, each a waitq): intrusive
 * doubly-linked lists through Waiter.prev/next, whose heads and tails are fields of the Chan object
 * itself (Chan extends this class, which extends ChanLock), next to the lock word, so that a
 * partner finding a parked waiter touches one object for the lock and the queue (docs/adr/0010:
 * separate queue objects cost a minimal rendezvous 15-25%). Every method requires the channel's
 * lock. Invariant: w.queued <=> w is linked in exactly one queue. dequeue() skips (and unlinks)
 * select waiters whose select was already decided, as Go's waitq.dequeue does with selectDone, so
 * a returned waiter is claimed and must be completed.
 *
 * A queue is named by a boolean, SENDQ or RECVQ; call sites pass constants, which the JIT folds.
 */

/** The wait queues of a channel; package-private base class of {@link Chan}. */
abstract class ChanQueues extends ChanLock {
  /** The queue of parked senders. */
  static final boolean SENDQ = true;
  /** The queue of parked receivers. */
  static final boolean RECVQ = false;

  private Waiter recvHead;
  private Waiter recvTail;
  private Waiter sendHead;
  private Waiter sendTail;

  ChanQueues(boolean rendezvous) {
    super(rendezvous);
  }

  private Waiter head(boolean q) {
    return q ? sendHead : recvHead;
  }

  private Waiter tail(boolean q) {
    return q ? sendTail : recvTail;
  }

  private void setHead(boolean q, Waiter w) {
    if (q) {
      sendHead = w;
    } else {
      recvHead = w;
    }
  }

  private void setTail(boolean q, Waiter w) {
    if (q) {
      sendTail = w;
    } else {
      recvTail = w;
    }
  }

  /** Appends {@code w} to queue {@code q}. */
  final void enqueue(boolean q, Waiter w) {
    Waiter t = tail(q);
    w.queued = true;
    w.next = null;
    w.prev = t;
    if (t == null) {
      setHead(q, w);
    } else {
      t.next = w;
    }
    setTail(q, w);
  }

  /** Unlinks and returns the first claimable waiter of queue {@code q}, claimed; null if none. */
  final Waiter dequeue(boolean q) {
    for (Waiter w = head(q); w != null; w = head(q)) {
      remove(q, w);
      if (w.claim()) {
        return w;
      }
    }
    return null;
  }

  /** Unlinks {@code w} from queue {@code q} if it is still queued; a no-op otherwise. */
  final void remove(boolean q, Waiter w) {
    if (!w.queued) {
      return;
    }
    Waiter p = w.prev;
    Waiter n = w.next;
    if (p == null) {
      setHead(q, n);
    } else {
      p.next = n;
    }
    if (n == null) {
      setTail(q, p);
    } else {
      n.prev = p;
    }
    w.prev = null;
    w.next = null;
    w.queued = false;
  }
}
