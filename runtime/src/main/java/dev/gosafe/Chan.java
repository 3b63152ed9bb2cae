package dev.gosafe;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note.
 *
 * Algorithm: Go's runtime/chan.go, with ChanLock instead of the runtime mutex and
 * LockSupport.park/unpark instead of gopark/goready (virtual-thread friendly: no synchronized).
 * The lock word, the heads of sendq and recvq, the two slots and the closed flag are fields of
 * this object (Chan extends ChanQueues, which extends ChanSlotsPadAfter, ChanSlots,
 * ChanSlotsPadBefore and ChanLock: the slots sit on a cache line of their own, see
 * ChanSlotsPadBefore).
 *
 * The lock (ChanLock) guards everything mutable: buf, head, count, closed (written under it,
 * volatile), sendq, recvq and the fields of every Waiter linked in those queues (see Waiter);
 * the slots are the exception, with their own protocol (ChanQueues). capacity and id are final.
 *
 * Invariants (as in chan.go), ignoring select waiters already decided elsewhere (dequeue skips
 * them):
 *   - at least one of sendq and recvq is empty (except for an unbuffered channel with a single
 *     select waiting to both send and receive on it); counting slot spinners as queued, up to
 *     the moment one of a racing pair backs off or is kicked (ChanQueues);
 *   - buffered: sendq non-empty implies count == capacity; recvq non-empty implies count == 0;
 *   - unbuffered: count == 0 always; a value passes straight from a sender's Waiter to a receiver;
 *   - closed implies sendq and recvq are empty (close wakes everyone, later operations do not
 *     park).
 *
 * Waiting: on an unbuffered channel a waiter first spins in a slot of the channel, where its
 * partner completes it lock-free with one CAS (ChanQueues, docs/adr/0011), bounded in time and
 * switched off per channel while spins keep failing (Spin, spinLimit); if the slot is taken it
 * queues and spins on its Waiter instead; it parks only if no partner came, and then from send()
 * or recv0(), not from the larger sendViaSlots/recvViaSlots frame, which returns the Waiter (a
 * parked task's frozen stack is smaller: docs/adr/0016). A partner unparks
 * only a queued waiter that has announced it parks (Waiter.parking, Waiter.wake()). Buffered
 * channels never spin: a virtual thread that finds the buffer full (send) or empty (recv) yields
 * its carrier once and starts over, then parks (Spin.BUFFER_YIELDS). See docs/adr/0010, 0011, 0013.
 *
 * Code: channels with slots (unbuffered, spinning on) go through sendViaSlots/recvViaSlots, one
 * loop each; all others through send0/recv1, the plain locked path. Kept apart on purpose: W2/W3
 * are sensitive to the size and shape of send0/recv1 (one loop for all lost them 25-45%,
 * benchmarks/results/w1-loop-ab), and the split gave W1 about 7% (w1-split-ab).
 *
 * Operations (after the slots, for unbuffered channels): a send first hands its value to the
 * oldest parked receiver, else appends to the
 * ring buffer, else parks in sendq. A receive first takes from the oldest parked sender (for a
 * full buffer: takes the buffer head and moves the sender's value to the tail, keeping FIFO),
 * else pops the buffer, else reports closed, else parks in recvq. The partner completes a parked
 * Waiter under the lock and unparks its thread after unlocking. Fast buffered paths allocate
 * nothing; only parking allocates a Waiter.
 *
 * Select (Select.java) uses the *Locked helpers below with all its channels locked in id order.
 *
 * Deadlock detection: creatorId and contextOf are read by Deadlocks (see docs/adr/0002); a parked
 * plain operation that the detector condemns leaves its queue as an interrupted one does.
 */

/**
 * A channel: Go's {@code chan T}, unbuffered ({@link #make()}) or buffered ({@link #make(int)}).
 *
 * <p>Values are non-null; null is what {@link #recv()} returns for a closed channel. Each value
 * sent is received exactly once. Values sent by one task are received in the order sent. Every
 * operation is safe for any number of concurrent tasks. {@code Chan} implements both {@link
 * SendChan} and {@link RecvChan}: pass one of those views to restrict a task to one direction.
 *
 * <p>Memory: a send happens-before the receive that gets its value completes; for an unbuffered
 * channel the receive also happens-before that send returns; the k-th receive from a channel of
 * capacity C happens-before the (k+C)-th send completes (Go memory model); a close happens-before
 * a receive that returns because the channel is closed.
 *
 * @param <T> the element type
 */
public final class Chan<T> extends ChanQueues implements SendChan<T>, RecvChan<T> {

  static final String NULL_SEND =
      "gosafe: send of null value (null is what recv returns for a closed channel)";

  private static final AtomicLong IDS = new AtomicLong();

  /** Lock order for select: channels are always locked in increasing id. */
  final long id = IDS.incrementAndGet();

  /** Thread id of the creator, for the deadlock detector (0 when detection is off). */
  final long creatorId = Blocking.creatorId();

  /** The context whose done channel this is, or null; set once by CancelCtx. */
  volatile CancelCtx contextOf;

  private final Object[] buf;
  private final int capacity;
  private int head;
  private int count;

  /**
   * Spin credit of this unbuffered channel: waiters spin while it is positive; a failed spin takes
   * one, a successful one gives one back (up to Spin.CREDIT). spinSkipped counts the waits since
   * it ran out (for the probes). See Spin. Heuristics only: no lock, no fence.
   */
  private int spinCredit = Spin.CREDIT;

  private int spinSkipped;

  private Chan(int capacity) {
    super(capacity == 0);
    this.capacity = capacity;
    this.buf = capacity == 0 ? null : new Object[capacity];
  }

  /**
   * Make creates an unbuffered channel: Go's {@code make(chan T)}. A send on it completes only
   * when a receiver takes the value (rendezvous).
   *
   * @param <T> the element type
   * @return a new open channel with capacity 0
   */
  public static <T> Chan<T> make() {
    return new Chan<>(0);
  }

  /**
   * Make creates a channel with a buffer of {@code capacity} values: Go's {@code make(chan T, n)}.
   * A capacity of 0 gives an unbuffered channel.
   *
   * @param capacity the buffer size, at least 0
   * @param <T> the element type
   * @return a new open channel
   * @throws IllegalArgumentException if {@code capacity} is negative
   */
  public static <T> Chan<T> make(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("gosafe: negative channel capacity " + capacity);
    }
    return new Chan<>(capacity);
  }

  @Override
  public void send(T value) {
    if (value == null) {
      throw new NullPointerException(NULL_SEND);
    }
    if (slots()) {
      Waiter w = sendViaSlots(value);
      if (w != null) {
        awaitPlain(w, SENDQ, Blocking.CHAN_SEND);
        throwIfClosed(w);
      }
    } else {
      send0(value, bufferYields());
    }
  }

  /** Whether this channel's waiters may use the slots (unbuffered, spinning on; see ChanQueues). */
  boolean slots() {
    return capacity == 0 && Spin.ENABLED;
  }

  /**
   * How many times a task may yield its carrier in a send to a full (or a receive from an empty)
   * buffered channel before it queues; 0 for an unbuffered channel. See Spin.BUFFER_YIELDS.
   */
  private int bufferYields() {
    return capacity > 0 ? Spin.BUFFER_YIELDS : 0;
  }

  /**
   * Sends {@code value} on a channel without slots (buffered, or unbuffered with spinning off): the
   * Go-style locked path. {@code limit} is how many times a virtual thread may yield its carrier
   * before it queues on a full buffer (bufferYields()).
   */
  private void send0(T value, int limit) {
    Waiter r;
    Waiter w = null;
    boolean yield = false;
    lock();
    try {
      if (closed) {
        throw new ClosedChannelException(ClosedChannelException.SEND);
      }
      r = dequeue(RECVQ);
      if (r != null) {
        r.elem = value;
        r.signal();
      } else if (count < capacity) {
        pushLocked(value);
        return;
      } else if (limit > 0 && Thread.currentThread().isVirtual()) {
        yield = true;
      } else {
        w = new Waiter(null, 0, value);
        enqueue(SENDQ, w);
      }
    } finally {
      unlock();
    }
    if (r != null) {
      r.wake();
      return;
    }
    if (yield) {
      Thread.yield(); // the buffer is full: a receiver queued on this carrier may run and drain it
      send0(value, limit - 1);
      return;
    }
    awaitPlain(w, SENDQ, Blocking.CHAN_SEND);
    if (w.closed) {
      throw new ClosedChannelException(ClosedChannelException.SEND);
    }
  }

  /**
   * Sends {@code value} on an unbuffered channel with slots (ADR 0011): give it to a receiver
   * spinning in the recv slot, else offer it in the send slot and spin, else the locked path; one
   * loop, as the outcome of a spin can send it back to the start. {@code limit} is how long the send
   * may still spin if it must wait, in nanoseconds (0 once an offer went untaken: park at once).
   * Returns null once the value is sent, or its queued Waiter, not yet completed, for send() to
   * park on: a parked task's frozen stack then holds send(), not this larger frame (whose size
   * depends on how far the JIT has compiled it; docs/adr/0015, benchmarks/results/w4m-6).
   */
  private Waiter sendViaSlots(T value) {
    int limit = spinLimit();
    for (; ; ) {
      boolean offered = false;
      // With spinning off on this channel (limit 0), no CAS here: the locked path still gives to a
      // receiver that spins in the slot for a probe.
      if (limit > 0) {
        if (giveToSpinner(value) || giveToReturningLessee(value)) {
          return null;
        }
        offered = tryEnterSendSlot(value);
      }
      if (!offered) {
        Waiter r;
        Waiter w = null;
        lock();
        try {
          if (closed) {
            throw new ClosedChannelException(ClosedChannelException.SEND);
          }
          if (giveToSpinnerLocked(value)) {
            return null;
          }
          r = dequeue(RECVQ);
          if (r != null) {
            r.elem = value;
            r.signal();
          } else {
            offered = limit > 0 && enterSendSlotLocked(value);
            if (!offered) {
              w = new Waiter(null, 0, value);
              enqueue(SENDQ, w);
              kickRecvSpinner();
            }
          }
        } finally {
          unlock();
        }
        if (r != null) {
          r.wake();
          return null;
        }
        if (!offered) {
          // Queued: spin on the waiter here, park in send() (this frame is not kept while parked).
          if (limit > 0 && spinOn(w, limit)) {
            throwIfClosed(w);
            return null;
          }
          return w;
        }
      }
      // The value is offered in the send slot: spin there.
      Object x = spinInSendSlot(value, limit);
      spun(x != null);
      if (x == TAKEN) {
        return null;
      }
      if (x == CLOSED) {
        throw new ClosedChannelException(ClosedChannelException.SEND);
      }
      // kicked: a receiver was posted, find it; null: nobody came, queue and park without spinning
      if (x != KICKED) {
        limit = 0;
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public T recv() {
    return (T) recv0();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Recv<T> recvOk() {
    Object v = recv0();
    return v == null ? Recv.closed() : new Recv.Value<>((T) v);
  }

  /** Receives a value, or returns null for closed and drained (values are never null). */
  private Object recv0() {
    if (!slots()) {
      return recv1(bufferYields());
    }
    Object x = recvViaSlots();
    if (x instanceof Waiter w) { // queued and not completed by its spin: park from this small frame
      awaitPlain(w, RECVQ, Blocking.CHAN_RECV);
      return w.closed ? null : w.elem;
    }
    return x;
  }

  /**
   * A receive on a channel without slots (buffered, or unbuffered with spinning off): the Go-style
   * locked path. {@code limit} is how many times a virtual thread may yield its carrier before it
   * queues on an empty buffer (bufferYields()).
   */
  private Object recv1(int limit) {
    Waiter s;
    Object v;
    Waiter w = null;
    boolean yield = false;
    lock();
    try {
      s = dequeue(SENDQ);
      if (s != null) {
        v = takeFromSenderLocked(s);
      } else if (count > 0) {
        return popLocked();
      } else if (closed) {
        return null;
      } else if (limit > 0 && Thread.currentThread().isVirtual()) {
        v = null;
        yield = true;
      } else {
        v = null;
        w = new Waiter(null, 0, null);
        enqueue(RECVQ, w);
      }
    } finally {
      unlock();
    }
    if (s != null) {
      s.wake();
      return v;
    }
    if (yield) {
      Thread.yield(); // the buffer is empty: a sender queued on this carrier may run and fill it
      return recv1(limit - 1);
    }
    awaitPlain(w, RECVQ, Blocking.CHAN_RECV);
    return w.closed ? null : w.elem;
  }

  /**
   * A receive on an unbuffered channel with slots (ADR 0011): take a value offered in the send
   * slot, else claim the recv slot and spin there, else the locked path; one loop, as sendViaSlots.
   * {@code limit} is how long it may still spin, in nanoseconds (0 once a spin went unanswered).
   * Returns the value, null for closed, or the queued Waiter, not yet completed, for recv0() to
   * park on (see sendViaSlots; a Waiter is never a user's value: the class is package-private).
   */
  private Object recvViaSlots() {
    Object v = takeOffer();
    if (v != null) {
      return v;
    }
    int limit = spinLimit();
    boolean inSlot = limit > 0 && tryEnterRecvSlot();
    for (; ; ) {
      if (inSlot) {
        Object x = spinInRecvSlot(limit);
        spun(x != null);
        if (x == null) {
          limit = 0; // nobody came: queue and park without spinning again
        } else if (x != KICKED) { // kicked: a sender was posted as this receive entered the slot
          return x == CLOSED ? null : x;
        }
      }
      releaseRecvLease(); // the locked path: if this task left a value in the slot, free it
      Waiter s;
      Waiter w = null;
      lock();
      try {
        if ((v = takeOffer()) != null) {
          return v;
        }
        s = dequeue(SENDQ);
        if (s != null) {
          v = takeFromSenderLocked(s);
        } else if (closed) {
          return null;
        } else {
          inSlot = limit > 0 && enterRecvSlotLocked();
          if (!inSlot) {
            w = new Waiter(null, 0, null);
            enqueue(RECVQ, w);
            kickSendSpinner();
          }
        }
      } finally {
        unlock();
      }
      if (s != null) {
        s.wake();
        return v;
      }
      if (inSlot) {
        continue;
      }
      // Queued: spin on the waiter here, park in recv0 (this frame is not kept while parked).
      if (limit > 0 && spinOn(w, limit)) {
        return w.closed ? null : w.elem;
      }
      return w;
    }
  }

  /**
   * Spins on queued waiter {@code w} for up to {@code limit} ns (its partner completes it under
   * the lock); true if it was completed. Records the outcome for the spin credit.
   */
  private boolean spinOn(Waiter w, int limit) {
    boolean done = Spin.until(w, limit);
    spun(done);
    return done;
  }

  /** The end of a send completed through its queued waiter: throws if close completed it. */
  private static void throwIfClosed(Waiter w) {
    if (w.closed) {
      throw new ClosedChannelException(ClosedChannelException.SEND);
    }
  }

  /**
   * Parks until a partner completes plain waiter {@code w} (queued in {@code q}). On interruption
   * cancels it if it is still queued and throws; if a partner already took it, the operation
   * stands and the interrupt flag is kept set.
   */
  private void awaitPlain(Waiter w, boolean q, String op) {
    w.parking = true;
    if (w.done) {
      return;
    }
    Blocking b = Blocking.enter(op, this, w, false);
    try {
      while (!w.done) {
        LockSupport.park(this);
        if (b.doomed()) {
          boolean cancelled;
          lock();
          try {
            cancelled = w.queued;
            remove(q, w);
          } finally {
            unlock();
          }
          DeadlockException d = b.takeDoom();
          if (cancelled) {
            throw d;
          }
          return; // a partner completed w meanwhile: the operation stands
        }
        if (Thread.interrupted()) {
          boolean cancelled;
          lock();
          try {
            cancelled = w.queued;
            remove(q, w);
          } finally {
            unlock();
          }
          if (cancelled) {
            throw InterruptedOperationException.interrupted(op);
          }
          // A partner dequeued w under the lock, and signalled it in the same critical section.
          Thread.currentThread().interrupt();
          return;
        }
      }
    } finally {
      b.exit();
    }
  }

  /**
   * The spin bound for the wait that is about to start on this unbuffered channel, in
   * nanoseconds, 0 for none (park at once); see Spin. Call once per wait, then {@link #spun}.
   */
  int spinLimit() {
    if (spinCredit > 0) {
      return Spin.MAX_NANOS;
    }
    if (++spinSkipped < Spin.PROBE_EVERY) {
      return 0;
    }
    spinSkipped = 0;
    return Spin.MAX_NANOS; // a probe
  }

  /** Records whether a spin that {@link #spinLimit} allowed ended in success. */
  void spun(boolean succeeded) {
    int c = spinCredit;
    if (succeeded) {
      if (c < Spin.CREDIT) {
        spinCredit = c <= 0 ? Spin.PROBE_CREDIT : c + 1;
      }
    } else if (c > 0) {
      spinCredit = c - 1;
    }
  }

  /** Spins until {@code w} is done or the channel's spin limit runs out (for tests). */
  boolean spin(Waiter w) {
    int limit = spinLimit();
    if (limit == 0) {
      return false;
    }
    boolean done = Spin.until(w, limit);
    spun(done);
    return done;
  }

  /** Whether waiters on this channel spin now, apart from probes (for tests). */
  boolean spinning() {
    return spinCredit > 0;
  }

  @Override
  public void close() {
    Waiter wake = null;
    lock();
    try {
      if (closed) {
        throw new ClosedChannelException(ClosedChannelException.CLOSE);
      }
      setClosedLocked();
      if (slots()) {
        closeSlotsLocked();
      }
      for (Waiter w = dequeue(RECVQ); w != null; w = dequeue(RECVQ)) {
        w.elem = null;
        w.closed = true;
        w.next = wake;
        wake = w;
        w.signal();
      }
      for (Waiter w = dequeue(SENDQ); w != null; w = dequeue(SENDQ)) {
        w.elem = null;
        w.closed = true;
        w.next = wake;
        wake = w;
        w.signal();
      }
    } finally {
      unlock();
    }
    while (wake != null) {
      Waiter n = wake.next;
      wake.next = null;
      wake.wake();
      wake = n;
    }
  }

  @Override
  public int len() {
    lock();
    try {
      return count;
    } finally {
      unlock();
    }
  }

  @Override
  public int cap() {
    return capacity;
  }

  @Override
  public String toString() {
    return "chan#" + id + "(cap " + capacity + ")";
  }

  // ---- helpers; every one requires lock to be held -------------------------------------------

  boolean isClosedLocked() {
    return closed;
  }

  boolean hasRoomLocked() {
    return count < capacity;
  }

  boolean hasBufferedLocked() {
    return count > 0;
  }

  /** Precondition: {@link #hasRoomLocked()}. */
  void pushLocked(Object v) {
    int i = head + count;
    if (i >= capacity) {
      i -= capacity;
    }
    buf[i] = v;
    count++;
  }

  /** Precondition: {@link #hasBufferedLocked()}. */
  Object popLocked() {
    Object v = buf[head];
    buf[head] = null;
    if (++head == capacity) {
      head = 0;
    }
    count--;
    return v;
  }

  /**
   * Completes parked sender {@code s} (just dequeued and claimed) and returns the value this
   * receive gets: the sender's own value when unbuffered, else the buffer head (the buffer is full)
   * with the sender's value appended at the tail. The caller unparks {@code s.thread} after
   * unlocking.
   */
  Object takeFromSenderLocked(Waiter s) {
    Object v;
    if (capacity == 0) {
      v = s.elem;
    } else {
      v = buf[head];
      buf[head] = s.elem; // full buffer: tail == head
      if (++head == capacity) {
        head = 0;
      }
    }
    s.elem = null;
    s.signal();
    return v;
  }
}
