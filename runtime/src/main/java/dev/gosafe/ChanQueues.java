package dev.gosafe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

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
 *
 * The slots (unbuffered channels with spinning on; docs/adr/0011). A waiter on an unbuffered
 * channel first tries to wait in one of two slots of this object, where it spins instead of
 * parking and where its partner completes it with one CAS, without the lock (W1: with the lock
 * and a Waiter per wait, a hand-off moved four to five cache lines; now it is a CAS on one):
 *
 *   recvSlot: null (free) -> RECEIVER          a receiver claims it (CAS) and spins on it
 *             RECEIVER -> value                 a sender gives its value (CAS, lock-free)
 *             RECEIVER -> CLOSED                close (CAS, under the lock)
 *             RECEIVER -> KICKED                a sender was posted meanwhile (CAS, see Dekker)
 *             RECEIVER -> null                  the spinner gives up or backs off (CAS)
 *             CLOSED, KICKED -> null            the spinner, having read it (release store)
 *             value (leased) -> RECEIVER        the lessee claims it again (CAS)
 *             value (leased) -> null            the lessee ends its lease (release store)
 *   sendSlot: null (free) -> value -> TAKEN, CLOSED, KICKED or null as above, a receiver taking
 *             the offer (CAS) instead of a sender giving; the spinner resets the outcome to null.
 *
 * The lease (recv slot only; docs/adr/0015). A receiver that gets a value in the slot returns it
 * without writing the slot: the value stays there and the slot stays the receiver's (recvLessee
 * holds its thread id, written once when it claimed the free slot). Its next receive on the
 * channel claims the slot again from its own old value with one CAS. Why: the write that freed
 * the slot right after the value arrived had to take the line back from the sender before the
 * receiver's next CAS (on the other channel of a ping-pong) could complete, a third line transfer
 * per hand-off on the critical path; without it W1 went from about 2.05M to 2.5M round trips/s.
 * Nobody but the lessee writes a leased slot (senders give only to RECEIVER, close and kicks
 * move only RECEIVER), so the lessee may reclaim it without fear of ABA, and only the lessee
 * reads recvLessee, to ask "is it me?": it wrote its id itself, and before ending a lease it
 * writes 0 and then frees the slot (release), so it never mistakes an older lease of its own for
 * a current one, and a new claimer's id is written after that 0. Any other receiver sees the slot
 * busy and takes the locked path, where it queues, as when the slot is taken by a spinner; the
 * lessee ends its lease whenever it takes the locked path itself (Chan.recvViaSlots), so a slot
 * is never kept from a task that queues behind it longer than the lessee's next receive. The
 * price: an unbuffered channel keeps a reference to the value last received through its slot
 * until that receiver receives on it again (or the channel is unreachable). A sender that finds
 * the slot holding a value waits a few pauses for its lessee to claim it again and gives to it
 * (giveToReturningLessee) rather than offering in the send slot, where a returning lessee and the
 * offer would meet and both back off to the locked path.
 *
 * Who may claim: a receiver when no sender waits (no value offered, sendq empty), no receiver is
 * queued (FIFO: a slot waiter is never younger than a queued one of its kind) and the channel is
 * open; a sender symmetrically. Under the lock (enter*SlotLocked) these conditions are stable. A
 * lock-free claim (tryEnter*Slot) checks them after its CAS, and every locked operation that
 * posts a waiter of the other kind (a queue entry by send, recv or select's pass 2, or a claim)
 * checks the slot after posting, behind a full fence (kick*Spinner): Dekker, so at least one of
 * the two sees the other; the claimer backs off, or the poster kicks the spinner to the locked
 * path, where it finds the posted waiter. Both may act; both outcomes end on the locked path.
 *
 * Close: every lock-free operation reads the closed flag (volatile) first and backs off if set;
 * one that saw it clear was invoked before the close, so its effect may be ordered before it even
 * when its CAS lands just after. Claims read it again after the CAS (Dekker with close, which
 * writes it and then CASes a spinner's slot to CLOSED). Locked paths take offers and give to
 * spinners only while the channel is open.
 *
 * Only the spinning owner (or the lessee) moves a slot from an outcome back to null or RECEIVER,
 * so a slot never changes hands under a spinner (no ABA). A waiter in a slot is running, not parked: nobody unparks it,
 * the deadlock detector does not see it, and its spin is bounded (Spin, Chan.spinLimit); when it
 * gives up it queues like any waiter and parks. Markers are private objects, never user values.
 * Select's own waiters only queue; its polls complete slot spinners like any partner.
 */

/** The wait queues of a channel; package-private base class of {@link Chan}. */
abstract class ChanQueues extends ChanSlotsPadAfter {
  /** The queue of parked senders. */
  static final boolean SENDQ = true;
  /** The queue of parked receivers. */
  static final boolean RECVQ = false;

  /** recvSlot: a receiver is spinning in the slot. */
  static final Object RECEIVER = new Marker("RECEIVER");
  /** sendSlot: a receiver took the offered value. */
  static final Object TAKEN = new Marker("TAKEN");
  /** Either slot: close completed the spinner. */
  static final Object CLOSED = new Marker("CLOSED");
  /** Either slot: a partner was posted as the spinner entered; it must take the locked path. */
  static final Object KICKED = new Marker("KICKED");

  private static final VarHandle RECV_SLOT;
  private static final VarHandle SEND_SLOT;
  private static final VarHandle RECV_LESSEE;
  private static final VarHandle SEND_HEAD;
  private static final VarHandle RECV_HEAD;
  private static final VarHandle CLOSED_FLAG;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      RECV_SLOT = l.findVarHandle(ChanSlots.class, "recvSlot", Object.class);
      SEND_SLOT = l.findVarHandle(ChanSlots.class, "sendSlot", Object.class);
      RECV_LESSEE = l.findVarHandle(ChanSlots.class, "recvLessee", long.class);
      SEND_HEAD = l.findVarHandle(ChanQueues.class, "sendHead", Waiter.class);
      RECV_HEAD = l.findVarHandle(ChanQueues.class, "recvHead", Waiter.class);
      CLOSED_FLAG = l.findVarHandle(ChanQueues.class, "closed", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * Whether the channel is closed (Chan's flag, kept with the queues). Written under the lock,
   * volatile (setClosedLocked); read plain under the lock and volatile by the lock-free slot paths.
   */
  boolean closed;

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

  // ---- the slots -----------------------------------------------------------------------------

  private static final class Marker {
    private final String name;

    Marker(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Marks the channel closed; the lock is held. The volatile write pairs with closedNow(). */
  final void setClosedLocked() {
    CLOSED_FLAG.setVolatile(this, true);
  }

  /**
   * The closed flag, read volatile. Every lock-free slot operation reads it first and backs off
   * if set: an operation that saw it clear was invoked before the close wrote it, so it may take
   * effect before the close (linearizability) even if its CAS lands just after; one that starts
   * after a close returned sees it set. Entries read it again after their claim (Dekker with the
   * close's CAS in closeSlotsLocked).
   */
  private boolean closedNow() {
    return (boolean) CLOSED_FLAG.getVolatile(this);
  }

  /**
   * Gives {@code v} to a receiver spinning in the recv slot; no lock needed. Looks before the CAS:
   * a CAS that fails still takes the line from the receiver about to claim the slot.
   */
  final boolean giveToSpinner(Object v) {
    return !closedNow() && recvSlot == RECEIVER && RECV_SLOT.compareAndSet(this, RECEIVER, v);
  }

  /**
   * Waits a moment for the lessee of the recv slot to claim it again, and gives {@code v} to it;
   * no lock needed. While the slot holds a value (the lessee's last one, or one given and not yet
   * read), its receiver is usually about to come back: in a ping-pong, the partner's next receive
   * claims the slot a few tens of nanoseconds after this send started. Giving to it then beats
   * offering in the send slot, where the two would meet in the middle (the claim sees the offer,
   * the offer sees the claim, and both back off to the locked path). At most
   * Spin.LEASE_WAIT_SPINS pauses, none if a receiver is queued; false if the slot did not become a
   * receiver's (the caller offers or queues as before).
   */
  final boolean giveToReturningLessee(Object v) {
    if (RECV_HEAD.getVolatile(this) != null) {
      return false; // a receiver is queued: the lessee would back off for it, do not wait
    }
    for (int i = 0; i < Spin.LEASE_WAIT_SPINS; i++) {
      Object x = recvSlot;
      if (x == RECEIVER) {
        return !closedNow() && RECV_SLOT.compareAndSet(this, RECEIVER, v);
      }
      if (!isValue(x)) {
        return false; // free (no lessee) or a marker
      }
      Thread.onSpinWait();
    }
    return false;
  }

  /**
   * {@link #giveToSpinner} for a caller holding the lock: looks before the CAS (the lock already
   * brought the line here, and usually nobody spins), and the flag needs no volatile read.
   */
  final boolean giveToSpinnerLocked(Object v) {
    return !closed && recvSlot == RECEIVER && RECV_SLOT.compareAndSet(this, RECEIVER, v);
  }

  /** Takes the value a sender offers in the send slot, or returns null; no lock needed. */
  final Object takeOffer() {
    Object v = sendSlot;
    if (!offered(v) || closedNow()) {
      return null;
    }
    return SEND_SLOT.compareAndSet(this, v, TAKEN) ? v : null;
  }

  /**
   * Enters the recv slot if a receiver may wait there: the lock is held, no sender is waiting (the
   * caller checked sendq and the send slot) and no receiver is queued or in the slot.
   */
  final boolean enterRecvSlotLocked() {
    if (recvHead != null || !RECV_SLOT.compareAndSet(this, null, RECEIVER)) {
      return false;
    }
    setLessee(Thread.currentThread().threadId());
    kickSendSpinner(); // a sender may have entered the send slot lock-free since the caller looked
    return true;
  }

  /** Offers {@code v} in the send slot; the symmetric of {@link #enterRecvSlotLocked}. */
  final boolean enterSendSlotLocked(Object v) {
    if (sendHead != null || !SEND_SLOT.compareAndSet(this, null, v)) {
      return false;
    }
    kickRecvSpinner();
    return true;
  }

  /**
   * Enters the recv slot without the lock: claims it, then checks (Dekker, see the note) that no
   * sender waits, no receiver is queued and the channel is still open. Returns true if the caller
   * now spins in the slot; false if it must take the locked path (the slot is busy, or the checks
   * failed and the claim was withdrawn). If a partner completed or kicked the claim meanwhile,
   * true: {@link #spinInRecvSlot} finds the outcome at once.
   */
  final boolean tryEnterRecvSlot() {
    long me = Thread.currentThread().threadId();
    Object cur = recvSlot;
    if (cur == null) {
      if (closedNow() || !RECV_SLOT.compareAndSet(this, null, RECEIVER)) {
        return false;
      }
      setLessee(me);
    } else if (lessee() != me
        || !isValue(cur)
        || closedNow()
        || !RECV_SLOT.compareAndSet(this, cur, RECEIVER)) {
      return false; // busy, or this task's own lease on a closed channel (the locked path ends it)
    }
    if (offered(sendSlot)
        || SEND_HEAD.getVolatile(this) != null
        || RECV_HEAD.getVolatile(this) != null
        || closedNow()) {
      // Back off: free the slot. The lessee goes first (a new claimer writes its own after its CAS).
      setLessee(0L);
      Object x = RECV_SLOT.compareAndExchange(this, RECEIVER, null);
      if (x == RECEIVER) {
        return false;
      }
      if (isValue(x)) {
        setLessee(me); // a sender gave meanwhile: the slot is still this task's, never freed
      }
      return true; // spinInRecvSlot finds the outcome at once
    }
    return true;
  }

  /**
   * Ends the calling task's lease on the recv slot, if it holds one (it does not spin in the slot
   * now, so the slot holds the value it received last): frees the slot for any receiver. No lock
   * needed: nobody else writes a leased slot.
   */
  final void releaseRecvLease() {
    if (lessee() == Thread.currentThread().threadId()) {
      setLessee(0L);
      RECV_SLOT.setRelease(this, null);
    }
  }

  /** Offers {@code v} in the send slot without the lock; the symmetric of tryEnterRecvSlot. */
  final boolean tryEnterSendSlot(Object v) {
    if (sendSlot != null || closedNow() || !SEND_SLOT.compareAndSet(this, null, v)) {
      return false;
    }
    if (recvSlot == RECEIVER
        || RECV_HEAD.getVolatile(this) != null
        || SEND_HEAD.getVolatile(this) != null
        || closedNow()) {
      return SEND_SLOT.compareAndExchange(this, v, null) != v;
    }
    return true;
  }

  /** Whether send-slot content {@code v} is a value on offer (not free, not a marker). */
  private static boolean offered(Object v) {
    return v != null && v != TAKEN && v != CLOSED && v != KICKED;
  }

  /**
   * The id of the recv slot's lessee, 0 if none. Opaque: atomic (a plain long may tear) and as
   * cheap as a plain access; only the lessee compares it with its own id, and it always sees its
   * own last write (see the note on the lease).
   */
  private long lessee() {
    return (long) RECV_LESSEE.getOpaque(this);
  }

  private void setLessee(long id) {
    RECV_LESSEE.setOpaque(this, id);
  }

  /** Whether recv-slot content {@code v} is a value given (not free, not a marker). */
  private static boolean isValue(Object v) {
    return v != null && v != RECEIVER && v != CLOSED && v != KICKED;
  }

  /**
   * Sends a receiver spinning in the recv slot to the locked path, where it will find the sender
   * just posted. Called by every locked operation that makes a sender wait (a sendq enqueue by
   * send or select, an offer in the send slot) after posting it: the other half of the Dekker
   * pair in {@link #tryEnterRecvSlot}.
   */
  final void kickRecvSpinner() {
    VarHandle.fullFence();
    if (recvSlot == RECEIVER) {
      RECV_SLOT.compareAndSet(this, RECEIVER, KICKED);
    }
  }

  /** The symmetric of {@link #kickRecvSpinner}: after a receiver was posted (recvq or slot). */
  final void kickSendSpinner() {
    VarHandle.fullFence();
    Object v = sendSlot;
    if (offered(v)) {
      SEND_SLOT.compareAndSet(this, v, KICKED);
    }
  }

  /**
   * Spins in the recv slot for up to {@code limitNanos}; returns the outcome: a value (the slot
   * stays leased to the caller, holding it), CLOSED or KICKED (take the locked path; the slot
   * freed), or null if nobody came and the slot was freed (the caller queues).
   */
  final Object spinInRecvSlot(int limitNanos) {
    long deadline = 0L;
    for (int i = 1; ; i++) {
      Object x = recvSlot;
      if (x != RECEIVER) {
        if (x == CLOSED || x == KICKED) {
          setLessee(0L);
          RECV_SLOT.setRelease(this, null);
        }
        return x; // a value: no write here; the lease keeps the slot until this task's next recv
      }
      Thread.onSpinWait();
      if (i % Spin.CLOCK_EVERY != 0) {
        continue;
      }
      long now = System.nanoTime(); // not read at all by a spin that succeeds at once
      if (deadline == 0L) {
        deadline = now + limitNanos;
      } else if (now - deadline > 0) {
        setLessee(0L);
        x = RECV_SLOT.compareAndExchange(this, RECEIVER, null);
        if (x == RECEIVER) {
          return null;
        }
        if (x == CLOSED || x == KICKED) {
          RECV_SLOT.setRelease(this, null);
        } else {
          setLessee(Thread.currentThread().threadId()); // a value came just in time: keep the lease
        }
        return x;
      }
    }
  }

  /**
   * Spins while {@code v} is offered in the send slot for up to {@code limitNanos}; returns TAKEN
   * or CLOSED having freed the slot, or null if nobody came and the offer was withdrawn.
   */
  final Object spinInSendSlot(Object v, int limitNanos) {
    long deadline = 0L;
    for (int i = 1; ; i++) {
      Object x = sendSlot;
      if (x != v) {
        SEND_SLOT.setRelease(this, null);
        return x;
      }
      Thread.onSpinWait();
      if (i % Spin.CLOCK_EVERY != 0) {
        continue;
      }
      long now = System.nanoTime();
      if (deadline == 0L) {
        deadline = now + limitNanos;
      } else if (now - deadline > 0) {
        x = SEND_SLOT.compareAndExchange(this, v, null);
        if (x == v) {
          return null;
        }
        SEND_SLOT.setRelease(this, null);
        return x;
      }
    }
  }

  /** Completes slot spinners with CLOSED; the lock is held and the channel just closed. */
  final void closeSlotsLocked() {
    RECV_SLOT.compareAndSet(this, RECEIVER, CLOSED);
    Object v = sendSlot;
    if (offered(v)) {
      SEND_SLOT.compareAndSet(this, v, CLOSED);
    }
  }

  /** The slots, for tests: {recvSlot, sendSlot, recvLessee}. */
  final Object[] slotsForTest() {
    return new Object[] {recvSlot, sendSlot, recvLessee};
  }
}
