package dev.gosafe;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/*
 * Maintainer note.
 *
 * Algorithm: Go's runtime/select.go (selectgo), on top of Chan's *Locked helpers, with a ready
 * fast path in front.
 *   1. pollorder = a uniformly random permutation of the cases (inside-out Fisher-Yates); for up to
 *      PACKED_MAX (16) cases it is packed 4 bits per position in a long, so it allocates nothing.
 *   2. Fast path: in pollorder, each case alone under its own channel's lock (pollLocked): the
 *      first that can proceed (a parked partner, buffer room/data, a closed channel, an expired
 *      `after`) is performed; unlock; wake the partner; run its body. Cases are checked one at a
 *      time, so "not ready" of an earlier case was true at its own check, and the chosen case is
 *      the first ready one in a uniform order: uniform among ready cases, as in Go, one lock
 *      instead of all when something is ready (benchmark W8). A select with a default case and at
 *      most one channel runs the default right after this pass (its only look was atomic).
 *   3. Otherwise lock all distinct channels in lockorder (increasing Chan.id, a global order, so
 *      two selects never deadlock on each other's channel locks; for up to 16 cases found by
 *      repeated selection instead of a sorted array). Pass 1 again under all locks, now an atomic
 *      snapshot: the first ready case in pollorder is performed. Else, with a default case:
 *      unlock, run it (so "nothing was ready" holds at one instant, as in Go).
 *   4. Pass 2: enqueue one Waiter per channel case, all sharing one SelectState; unlock all; park.
 *   5. A partner that dequeues one of those Waiters must win SelectState.tryWin(caseIndex) (CAS)
 *      before touching it; losers are skipped by ChanQueues.dequeue. So exactly one case takes
 *      effect: no value is consumed that is not delivered. The selecting thread itself competes
 *      in the same CAS for the earliest `after` deadline (timeout), for interruption and for a
 *      wait condemned by the deadlock detector (CANCELLED, then DeadlockException).
 *   6. After the outcome is decided, unlink the other Waiters (each under its channel's lock;
 *      being decided, nobody else can claim them), then run the winning case's body.
 * Slots (unbuffered channels, ChanQueues): pollLocked treats a waiter spinning in a channel's slot
 * as a ready partner (a CAS completes it, see ChanQueues); select waiters themselves only queue.
 * Exactly one case: the fast path performs at most one case and returns; a case is performed
 * only under its channel's lock, by the same pollLocked used in pass 1.
 * Allocation: a select that finds a case ready (fast path or pass 1) with at most 16 cases
 * allocates nothing beyond the user's cases (a receive that completes a parked sender allocates
 * one small FromSender); only parking allocates (SelectState, Waiter[] and Waiters).
 * Locks are held only for the non-blocking pass 1/pass 2 and never while running user code.
 *
 * Departure from Go: `after` is a deadline of the select call itself (no timer goroutine, no
 * channel); it is evaluated when select() starts, as Go evaluates time.After at select entry.
 */

/**
 * Select waits on several channel operations at once: Go's {@code select} statement.
 *
 * <pre>{@code
 * Select.select(
 *     Select.recv(in, v -> handle(v)),
 *     Select.send(out, x, () -> sent()),
 *     Select.after(Duration.ofSeconds(1), () -> timedOut()));
 * }</pre>
 */
public final class Select {
  static final int RECV = 0;
  static final int RECV_OK = 1;
  static final int SEND = 2;
  static final int DEFAULT = 3;
  static final int AFTER = 4;

  private static final long MAX_NANOS = Long.MAX_VALUE / 4;
  /** Up to this many cases the poll order is packed in a long and no lock order is built. */
  static final int PACKED_MAX = 16;

  // Results of pollLocked (internal; never reach user code).
  private static final Object NOT_READY = new Object();
  private static final Object CLOSED = new Object();
  private static final Object DONE = new Object();

  /** A receive that completed a parked sender: the value received and the sender to wake. */
  private record FromSender(Object value, Waiter sender) {}

  private Select() {}

  /**
   * One case of a {@link Select#select(Case...)} statement; made by {@link Select#recv}, {@link
   * Select#recvOk}, {@link Select#send}, {@link Select#defaultCase} or {@link Select#after}.
   * Immutable; a case may be reused across selects ({@code after} measures from each select's
   * start).
   */
  public static final class Case {
    final int kind;
    final Chan<?> chan;
    final Object value;
    final Consumer<Object> onRecv;
    final Runnable body;
    final long nanos;

    private Case(
        int kind, Chan<?> chan, Object value, Consumer<Object> onRecv, Runnable body, long nanos) {
      this.kind = kind;
      this.chan = chan;
      this.value = value;
      this.onRecv = onRecv;
      this.body = body;
      this.nanos = nanos;
    }

    /** The wait queue of {@link #chan} this case parks in (ChanQueues.SENDQ or RECVQ). */
    boolean queue() {
      return kind == SEND ? ChanQueues.SENDQ : ChanQueues.RECVQ;
    }
  }

  /**
   * A receive case: Go's {@code case v := <-ch:}. When chosen, {@code body} gets the received
   * value, or null if the channel is closed and drained (a closed channel is always ready).
   *
   * @param ch the channel; not null
   * @param body run with the value, after the select released its locks; not null
   * @param <T> the element type
   * @return the case
   * @throws NullPointerException if an argument is null
   */
  @SuppressWarnings("unchecked")
  public static <T> Case recv(RecvChan<T> ch, Consumer<? super T> body) {
    Objects.requireNonNull(ch, "ch");
    Objects.requireNonNull(body, "body");
    return new Case(RECV, (Chan<?>) ch, null, (Consumer<Object>) body, null, 0);
  }

  /**
   * A receive case that tells a value from closed: Go's {@code case v, ok := <-ch:}. When
   * chosen, {@code body} gets a {@link Recv.Value} or {@link Recv.Closed}.
   *
   * @param ch the channel; not null
   * @param body run with the result; not null
   * @param <T> the element type
   * @return the case
   * @throws NullPointerException if an argument is null
   */
  @SuppressWarnings("unchecked")
  public static <T> Case recvOk(RecvChan<T> ch, Consumer<? super Recv<T>> body) {
    Objects.requireNonNull(ch, "ch");
    Objects.requireNonNull(body, "body");
    return new Case(RECV_OK, (Chan<?>) ch, null, (Consumer<Object>) body, null, 0);
  }

  /**
   * A send case: Go's {@code case ch <- value:}. When chosen, the value has been sent and then
   * {@code body} runs. On a closed channel the case is ready and {@code select} throws {@link
   * ClosedChannelException}, as Go panics.
   *
   * @param ch the channel; not null
   * @param value the value; not null
   * @param body run after the send; not null
   * @param <T> the element type
   * @return the case
   * @throws NullPointerException if an argument is null (for the value: "gosafe: send of null
   *     value ...")
   */
  public static <T> Case send(SendChan<T> ch, T value, Runnable body) {
    Objects.requireNonNull(ch, "ch");
    if (value == null) {
      throw new NullPointerException(Chan.NULL_SEND);
    }
    Objects.requireNonNull(body, "body");
    return new Case(SEND, (Chan<?>) ch, value, null, body, 0);
  }

  /**
   * The default case: Go's {@code default:}. A select with it never blocks: when no other case is
   * ready, {@code body} runs. At most one per select.
   *
   * @param body the code to run; not null
   * @return the case
   */
  public static Case defaultCase(Runnable body) {
    return new Case(DEFAULT, null, null, null, Objects.requireNonNull(body, "body"), 0);
  }

  /**
   * A timeout case: Go's {@code case <-time.After(d):}. It becomes ready {@code delay} after the
   * select starts; a zero or negative delay is ready at once (and competes at random with other
   * ready cases). Among several {@code after} cases the earliest fires.
   *
   * @param delay the delay; not null
   * @param body run when the timeout is chosen; not null
   * @return the case
   */
  public static Case after(Duration delay, Runnable body) {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(body, "body");
    long n;
    if (delay.isNegative()) {
      n = 0;
    } else if (delay.compareTo(Duration.ofNanos(MAX_NANOS)) > 0) {
      n = MAX_NANOS;
    } else {
      n = delay.toNanos();
    }
    return new Case(AFTER, null, null, null, body, n);
  }

  /**
   * Select blocks until one of {@code cases} can proceed, performs exactly that one and runs its
   * body: Go's {@code select}. Among several ready cases one is chosen uniformly at random. With a
   * {@link #defaultCase} it never blocks. A case on a closed channel is ready: a receive sees
   * closed, a send throws. With no cases it blocks until interrupted, like Go's {@code select {}}.
   * The chosen case's body runs on the calling thread after all channel locks are released; its
   * exceptions propagate. Happens-before edges are those of the chosen channel operation.
   *
   * @param cases the cases; not null, no null element
   * @throws ClosedChannelException if a send case is chosen on a closed channel (also when it is
   *     closed while this select waits); nothing else happened
   * @throws InterruptedOperationException if the thread is interrupted while it waits (the flag
   *     is restored); no case took effect
   * @throws IllegalArgumentException if there are several default cases ("gosafe: multiple
   *     defaults in select")
   * @throws NullPointerException if {@code cases} or one of its elements is null
   */
  public static void select(Case... cases) {
    Objects.requireNonNull(cases, "cases");
    int n = cases.length;
    Case dflt = null;
    int nChans = 0;
    boolean hasAfter = false;
    for (Case c : cases) {
      Objects.requireNonNull(c, "gosafe: null select case");
      switch (c.kind) {
        case DEFAULT -> {
          if (dflt != null) {
            throw new IllegalArgumentException("gosafe: multiple defaults in select");
          }
          dflt = c;
        }
        case AFTER -> hasAfter = true;
        default -> nChans++;
      }
    }
    if (n == 0) {
      blockForever();
      return;
    }
    long start = hasAfter ? System.nanoTime() : 0L;
    // Poll order: packed 4 bits per case for up to PACKED_MAX cases (no allocation), else int[].
    int[] order = n > PACKED_MAX ? pollOrder(n) : null;
    long packed = order == null ? packedPollOrder(n) : 0L;

    // Fast path: in poll order, each case alone under its own channel's lock.
    for (int k = 0; k < n; k++) {
      Case c = cases[at(packed, order, k)];
      Object r;
      if (c.chan == null) {
        r = c.kind == AFTER ? pollLocked(c, start) : NOT_READY;
      } else {
        c.chan.lock();
        try {
          r = pollLocked(c, start);
        } finally {
          c.chan.unlock();
        }
      }
      if (r != NOT_READY) {
        finish(c, r);
        return;
      }
    }
    if (dflt != null && nChans <= 1) {
      dflt.body.run(); // one channel: the fast path's look at it was atomic already
      return;
    }

    // Pass 1 again with all channels locked (an atomic snapshot); else pass 2: enqueue on all.
    Chan<?>[] locks = n > PACKED_MAX ? lockOrder(cases, nChans) : null;
    Case chosen = null;
    Object result = NOT_READY;
    SelectState st = null;
    Waiter[] ws = null;
    lockAll(cases, locks);
    try {
      for (int k = 0; k < n && chosen == null; k++) {
        Case c = cases[at(packed, order, k)];
        result = pollLocked(c, start);
        if (result != NOT_READY) {
          chosen = c;
        }
      }
      if (chosen == null && dflt == null) {
        st = new SelectState();
        ws = new Waiter[n];
        for (int i = 0; i < n; i++) {
          Case c = cases[i];
          if (c.chan != null) {
            Waiter w = new Waiter(st, i, c.kind == SEND ? c.value : null);
            c.chan.enqueue(c.queue(), w);
            ws[i] = w;
            if (c.chan.slots()) { // a partner entering a slot lock-free must see w
              if (c.kind == SEND) {
                c.chan.kickRecvSpinner();
              } else {
                c.chan.kickSendSpinner();
              }
            }
          }
        }
      }
    } finally {
      unlockAll(cases, locks);
    }
    if (st != null) {
      await(cases, ws, st, start, packed, order);
    } else if (chosen == null) {
      dflt.body.run();
    } else {
      finish(chosen, result);
    }
  }

  /**
   * Tries case {@code c} now. Precondition: the lock of {@code c.chan} is held (none needed for
   * an {@code after} case). Returns NOT_READY, or performs the case and returns what {@link
   * #finish} needs: CLOSED (the channel is closed), DONE (sent to the buffer, or the timeout
   * fired), the parked receiver {@link Waiter} a send completed, a {@link FromSender} for a
   * receive that completed a parked sender, or else the value received from the buffer.
   */
  private static Object pollLocked(Case c, long start) {
    Chan<?> ch = c.chan;
    switch (c.kind) {
      case SEND -> {
        if (ch.isClosedLocked()) {
          return CLOSED;
        }
        if (ch.slots() && ch.giveToSpinnerLocked(c.value)) {
          return DONE;
        }
        Waiter r = ch.dequeue(ChanQueues.RECVQ);
        if (r != null) {
          r.elem = c.value;
          r.signal();
          return r;
        }
        if (ch.hasRoomLocked()) {
          ch.pushLocked(c.value);
          return DONE;
        }
        return NOT_READY;
      }
      case RECV, RECV_OK -> {
        if (ch.slots()) {
          Object v = ch.takeOffer();
          if (v != null) {
            return v;
          }
        }
        Waiter s = ch.dequeue(ChanQueues.SENDQ);
        if (s != null) {
          return new FromSender(ch.takeFromSenderLocked(s), s);
        }
        if (ch.hasBufferedLocked()) {
          return ch.popLocked();
        }
        return ch.isClosedLocked() ? CLOSED : NOT_READY;
      }
      case AFTER -> {
        return System.nanoTime() - start >= c.nanos ? DONE : NOT_READY;
      }
      default -> {
        return NOT_READY;
      }
    }
  }

  /**
   * Completes case {@code c} performed by {@link #pollLocked} with result {@code r}: wakes the
   * partner it completed, if any, and runs the body. Precondition: no channel lock held.
   */
  private static void finish(Case c, Object r) {
    if (r == CLOSED) {
      complete(c, null, true);
    } else if (r == DONE) {
      complete(c, null, false);
    } else if (c.kind == SEND) {
      ((Waiter) r).wake();
      complete(c, null, false);
    } else if (r instanceof FromSender f) {
      f.sender.wake();
      complete(c, f.value, false);
    } else {
      complete(c, r, false);
    }
  }

  private static void await(
      Case[] cases, Waiter[] ws, SelectState st, long start, long packed, int[] order) {
    int afterIdx = -1;
    for (int k = 0; k < cases.length; k++) {
      int i = at(packed, order, k);
      if (cases[i].kind == AFTER && (afterIdx < 0 || cases[i].nanos < cases[afterIdx].nanos)) {
        afterIdx = i;
      }
    }
    long deadline = afterIdx < 0 ? 0L : start + cases[afterIdx].nanos;
    boolean interrupted = false;
    DeadlockException doom = null;
    Blocking b = Blocking.enter(Blocking.SELECT, cases, st, afterIdx >= 0);
    try {
      while (!st.done) {
        if (afterIdx >= 0 && st.winner() == SelectState.WAITING) {
          long remaining = deadline - System.nanoTime();
          if (remaining <= 0) {
            if (st.tryWin(afterIdx)) {
              break;
            }
            continue; // a partner won meanwhile: wait for its signal
          }
          LockSupport.parkNanos(cases, remaining);
        } else {
          LockSupport.park(cases);
        }
        if (b.doomed()) {
          DeadlockException d = b.takeDoom();
          if (st.tryWin(SelectState.CANCELLED)) {
            doom = d;
            break;
          }
        }
        if (Thread.interrupted()) {
          if (st.tryWin(SelectState.CANCELLED)) {
            break;
          }
          interrupted = true; // a partner won: the select completes, the flag is restored below
        }
      }
    } finally {
      b.exit();
    }
    int winner = st.winner();
    for (int i = 0; i < ws.length; i++) {
      Waiter w = ws[i];
      if (w != null && i != winner) {
        Case c = cases[i];
        c.chan.lock();
        try {
          c.chan.remove(c.queue(), w);
        } finally {
          c.chan.unlock();
        }
      }
    }
    if (winner == SelectState.CANCELLED) {
      if (doom != null) {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        throw doom;
      }
      throw InterruptedOperationException.interrupted(Blocking.SELECT);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Waiter w = ws[winner];
    if (w == null) {
      cases[winner].body.run(); // the timeout
    } else {
      complete(cases[winner], w.elem, w.closed);
    }
  }

  private static void complete(Case c, Object received, boolean closed) {
    switch (c.kind) {
      case SEND -> {
        if (closed) {
          throw new ClosedChannelException(ClosedChannelException.SEND);
        }
        c.body.run();
      }
      case RECV -> c.onRecv.accept(closed ? null : received);
      case RECV_OK -> c.onRecv.accept(closed ? Recv.closed() : new Recv.Value<>(received));
      default -> c.body.run();
    }
  }

  /** A short description of case {@code c}, for dumps: {@code "recv chan#3(cap 0)"}. */
  static String describe(Case c) {
    return switch (c.kind) {
      case SEND -> "send " + c.chan;
      case RECV, RECV_OK -> "recv " + c.chan;
      case AFTER -> "after " + java.time.Duration.ofNanos(c.nanos);
      default -> "default";
    };
  }

  /** A uniformly random permutation of 0..n-1 (inside-out Fisher-Yates). */
  private static int[] pollOrder(int n) {
    int[] order = new int[n];
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    for (int i = 0; i < n; i++) {
      int j = rnd.nextInt(i + 1);
      order[i] = order[j];
      order[j] = i;
    }
    return order;
  }

  /**
   * {@link #pollOrder} for {@code n <= PACKED_MAX}, packed 4 bits per position (position k in bits
   * 4k..4k+3), so that small selects allocate nothing.
   */
  static long packedPollOrder(int n) {
    long p = 0L; // position 0 holds 0
    ThreadLocalRandom rnd = n > 1 ? ThreadLocalRandom.current() : null;
    for (int i = 1; i < n; i++) {
      int j = rnd.nextInt(i + 1);
      long atJ = (p >>> (4 * j)) & 0xF;
      p |= atJ << (4 * i); // position i is still 0
      p = (p & ~(0xFL << (4 * j))) | ((long) i << (4 * j));
    }
    return p;
  }

  /** The k-th case index in poll order: from {@code order} if not null, else from {@code packed}. */
  private static int at(long packed, int[] order, int k) {
    return order != null ? order[k] : (int) (packed >>> (4 * k)) & 0xF;
  }

  /** The distinct channels of {@code cases}, sorted by id. */
  private static Chan<?>[] lockOrder(Case[] cases, int nChans) {
    Chan<?>[] chans = new Chan<?>[nChans];
    int m = 0;
    for (Case c : cases) {
      Chan<?> ch = c.chan;
      if (ch == null) {
        continue;
      }
      int j = m;
      while (j > 0 && chans[j - 1].id > ch.id) {
        j--;
      }
      if (j > 0 && chans[j - 1] == ch) {
        continue; // duplicate
      }
      System.arraycopy(chans, j, chans, j + 1, m - j);
      chans[j] = ch;
      m++;
    }
    return m == nChans ? chans : java.util.Arrays.copyOf(chans, m);
  }

  /**
   * Locks the distinct channels of {@code cases} in increasing id: from {@code locks} (made by
   * {@link #lockOrder}) if not null, else by repeated selection of the next larger id (no
   * allocation; quadratic, used for at most PACKED_MAX cases).
   */
  private static void lockAll(Case[] cases, Chan<?>[] locks) {
    if (locks != null) {
      for (Chan<?> ch : locks) {
        ch.lock();
      }
      return;
    }
    long last = Long.MIN_VALUE;
    while (true) {
      Chan<?> next = null;
      for (Case c : cases) {
        Chan<?> ch = c.chan;
        if (ch != null && ch.id > last && (next == null || ch.id < next.id)) {
          next = ch;
        }
      }
      if (next == null) {
        return;
      }
      next.lock();
      last = next.id;
    }
  }

  /** Unlocks what {@link #lockAll} locked, in decreasing id. */
  private static void unlockAll(Case[] cases, Chan<?>[] locks) {
    if (locks != null) {
      for (int i = locks.length - 1; i >= 0; i--) {
        locks[i].unlock();
      }
      return;
    }
    long last = Long.MAX_VALUE;
    while (true) {
      Chan<?> next = null;
      for (Case c : cases) {
        Chan<?> ch = c.chan;
        if (ch != null && ch.id < last && (next == null || ch.id > next.id)) {
          next = ch;
        }
      }
      if (next == null) {
        return;
      }
      next.unlock();
      last = next.id;
    }
  }

  /** Go's {@code select {}}: blocks until interrupted. */
  private static void blockForever() {
    Blocking b = Blocking.enter(Blocking.SELECT_NO_CASES, Select.class);
    try {
      while (true) {
        LockSupport.park(Select.class);
        if (Thread.interrupted()) {
          throw InterruptedOperationException.interrupted(Blocking.SELECT_NO_CASES);
        }
      }
    } finally {
      b.exit();
    }
  }
}
