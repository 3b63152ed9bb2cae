package dev.gosafe;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/*
 * Maintainer note.
 *
 * Algorithm: Go's runtime/chan.go, with ChanLock instead of the runtime mutex and
 * LockSupport.park/unpark instead of gopark/goready (virtual-thread friendly: no synchronized).
 * The lock word and the heads of sendq and recvq are fields of this object (Chan extends
 * ChanQueues, which extends ChanLock).
 *
 * The lock (ChanLock) guards everything mutable: buf, head, count, closed, sendq, recvq and the
 * fields of every Waiter linked in those queues (see Waiter). capacity and id are final.
 *
 * Invariants (as in chan.go), ignoring select waiters already decided elsewhere (dequeue skips
 * them):
 *   - at least one of sendq and recvq is empty (except for an unbuffered channel with a single
 *     select waiting to both send and receive on it);
 *   - buffered: sendq non-empty implies count == capacity; recvq non-empty implies count == 0;
 *   - unbuffered: count == 0 always; a value passes straight from a sender's Waiter to a receiver;
 *   - closed implies sendq and recvq are empty (close wakes everyone, later operations do not
 *     park).
 *
 * Waiting: on an unbuffered channel a waiter first spins, bounded in time and adaptively per channel
 * (Spin, spin()), and parks only if no partner came; a partner unparks only a waiter that has
 * announced it parks (Waiter.parking, Waiter.wake()). Buffered channels park at once. See
 * docs/adr/0010.
 *
 * Operations: a send first hands its value to the oldest parked receiver, else appends to the
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
  private boolean closed;

  /**
   * Adaptive spin bound in nanoseconds of a waiter on this unbuffered channel, and the waits since
   * it fell to zero; see Spin. Heuristics only: read and written without the lock or any fence.
   */
  private int spinNanos = Spin.MAX_NANOS;

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
    Waiter r;
    Waiter w = null;
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
    awaitPlain(w, SENDQ, Blocking.CHAN_SEND);
    if (w.closed) {
      throw new ClosedChannelException(ClosedChannelException.SEND);
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
    Waiter s;
    Object v;
    Waiter w;
    lock();
    try {
      s = dequeue(SENDQ);
      if (s != null) {
        v = takeFromSenderLocked(s);
        w = null;
      } else if (count > 0) {
        return popLocked();
      } else if (closed) {
        return null;
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
    awaitPlain(w, RECVQ, Blocking.CHAN_RECV);
    return w.closed ? null : w.elem;
  }

  /**
   * Parks until a partner completes plain waiter {@code w} (queued in {@code q}). On interruption
   * cancels it if it is still queued and throws; if a partner already took it, the operation
   * stands and the interrupt flag is kept set.
   */
  private void awaitPlain(Waiter w, boolean q, String op) {
    if (capacity == 0 && Spin.ENABLED && spin(w)) {
      return;
    }
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

  /** Spins until {@code w} is done or the channel's spin limit runs out; see Spin. */
  boolean spin(Waiter w) {
    int limit = spinNanos;
    if (limit == 0) {
      if (++spinSkipped < Spin.PROBE_EVERY) {
        return false;
      }
      spinSkipped = 0;
      limit = Spin.PROBE_NANOS;
    }
    if (Spin.until(w, limit)) {
      if (limit != Spin.MAX_NANOS) {
        spinNanos = Spin.MAX_NANOS;
      }
      return true;
    }
    spinNanos = Spin.lower(limit);
    return false;
  }

  /** The current adaptive spin bound (for tests). */
  int spinBound() {
    return spinNanos;
  }

  @Override
  public void close() {
    Waiter wake = null;
    lock();
    try {
      if (closed) {
        throw new ClosedChannelException(ClosedChannelException.CLOSE);
      }
      closed = true;
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
