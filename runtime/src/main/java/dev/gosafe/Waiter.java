package dev.gosafe;

import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note.
 *
 * A Waiter is Go's sudog: one parked thread waiting on one channel queue (sendq or recvq) for one
 * operation. A plain send/recv has one Waiter with sel == null; a blocked select has one Waiter per
 * channel case, all sharing one SelectState.
 *
 * Guarded by the lock of the channel whose queue holds the waiter: prev, next, queued, elem,
 * closed. The partner that completes the waiter (a counterpart send/recv, or close) does, while
 * holding that lock: dequeue (for a select waiter only if it wins the SelectState CAS), write elem
 * and closed, then signal() (a volatile write of done). The parked thread reads done (volatile)
 * and then elem/closed: the volatile write/read pair publishes them without the lock.
 *
 * elem: for a sender, the value to send (taken by the partner); for a receiver, the value
 * delivered (null when woken by close).
 */
final class Waiter {
  final Thread thread;
  /** Shared select state, or null for a plain send/recv. */
  final SelectState sel;
  /** Index of the select case this waiter stands for (0 for plain operations). */
  final int caseIndex;

  Object elem;
  boolean closed;
  Waiter prev;
  Waiter next;
  boolean queued;

  /** Set (under the channel lock) once a partner has completed this plain operation. */
  volatile boolean done;

  /**
   * Written once by the owner of a plain waiter, true, just before its last check of {@link #done}
   * ahead of parking; read by the partner in {@link #wake()} after {@link #signal()}. Until then
   * the owner is mounted and spinning (see Chan.spinOn), so it needs no unpark.
   */
  volatile boolean parking;

  Waiter(SelectState sel, int caseIndex, Object elem) {
    this.thread = Thread.currentThread();
    this.sel = sel;
    this.caseIndex = caseIndex;
    this.elem = elem;
  }

  /**
   * Claims this waiter for completion by the caller. Precondition: the channel lock is held and
   * the waiter has just been unlinked. A plain waiter is always claimable; a select waiter only if
   * its select has not been won by another case (or cancelled).
   */
  boolean claim() {
    return sel == null || sel.tryWin(caseIndex);
  }

  /**
   * Publishes completion: elem/closed are final now. Precondition: channel lock held, waiter
   * claimed. The caller unparks {@link #thread} after unlocking.
   */
  void signal() {
    if (sel == null) {
      done = true;
    } else {
      sel.done = true;
    }
  }

  /**
   * Unparks the owner after {@link #signal()} if it may be parked. Precondition: signal() was
   * called (the channel lock may be released). A plain waiter whose owner has not yet set {@link
   * #parking} will see {@code done} before it parks (Dekker on two volatiles: the owner writes
   * parking then reads done, the partner wrote done and now reads parking), so its unpark is
   * skipped. A select waiter is always unparked.
   */
  void wake() {
    if (sel != null || parking) {
      LockSupport.unpark(thread);
    }
  }
}
