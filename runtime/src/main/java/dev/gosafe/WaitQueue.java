package dev.gosafe;

/*
 * Maintainer note.
 *
 * FIFO of parked Waiters (Go's waitq), an intrusive doubly-linked list through Waiter.prev/next.
 * Every method requires the owning channel's lock. Invariant: w.queued <=> w is linked in exactly
 * one queue. dequeue() skips (and unlinks) select waiters whose select was already decided, as
 * Go's waitq.dequeue does with selectDone, so a returned waiter is claimed and must be completed.
 */
final class WaitQueue {
  private Waiter head;
  private Waiter tail;

  boolean isEmpty() {
    return head == null;
  }

  void enqueue(Waiter w) {
    w.queued = true;
    w.next = null;
    w.prev = tail;
    if (tail == null) {
      head = w;
    } else {
      tail.next = w;
    }
    tail = w;
  }

  /** Unlinks and returns the first claimable waiter, claiming it; null if there is none. */
  Waiter dequeue() {
    for (Waiter w = head; w != null; w = head) {
      remove(w);
      if (w.claim()) {
        return w;
      }
    }
    return null;
  }

  /** Unlinks {@code w} if it is still queued here; a no-op otherwise. */
  void remove(Waiter w) {
    if (!w.queued) {
      return;
    }
    Waiter p = w.prev;
    Waiter n = w.next;
    if (p == null) {
      head = n;
    } else {
      p.next = n;
    }
    if (n == null) {
      tail = p;
    } else {
      n.prev = p;
    }
    w.prev = null;
    w.next = null;
    w.queued = false;
  }
}
