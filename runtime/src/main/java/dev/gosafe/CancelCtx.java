package dev.gosafe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.checkerframework.checker.calledmethods.qual.EnsuresCalledMethods;
import org.checkerframework.checker.nullness.qual.Nullable;

/*
 * Maintainer note.
 *
 * The one implementation of CancelContext, covering Go's cancelCtx and timerCtx.
 *
 * Guarded by lock (a ReentrantLock, never held while calling out to another context or a channel,
 * except for closing its own done channel):
 * children (identity set of registered CancelCtx children; null once cancelled, so no child can
 * register after the cancellation snapshot) and timer (the pending deadline timer, or null).
 * err is volatile and written once, under lock, from null to a reason; done is closed exactly once,
 * by the thread that wrote err, after writing it and still under lock, so "done closed => err !=
 * null" for every reader. doneClosed (volatile) is set right after that close, under lock. err()
 * returns a non-null err only once doneClosed is set, waiting on lock for a cancel in progress
 * (as Go's Err takes the context's mutex), so "err() != null => done closed" as well: cancel is
 * linearizable at the close (ContextLinearizabilityTest in the lincheck module found the window).
 *
 * cancel(reason, detach): under lock set err, take children and timer, close done; outside the lock
 * cancel each child with the same reason (children do not detach: the parent dropped the set),
 * cancel the timer, and if detach, remove this from the registered parent (registeredIn). So a
 * cancelled child never stays referenced from a live parent, and a cancelled timer leaves the
 * shared scheduler's queue (remove-on-cancel policy).
 *
 * Parents: a CancelCtx parent registers the child (or cancels it at once if already done: born
 * cancelled); the background context needs nothing; a foreign Context parent is watched by one
 * task selecting on parent.done() and child.done(), which ends when either closes (as Go's
 * propagateCancel goroutine).
 *
 * Reference: Go context/context.go.
 */
final class CancelCtx implements CancelContext {
  private final Chan<Void> done = Chan.make();
  private final @Nullable Instant deadline;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile @Nullable ContextError err;
  private volatile boolean doneClosed;
  private @Nullable Set<CancelCtx> children = Collections.newSetFromMap(new IdentityHashMap<>());
  private @Nullable ScheduledFuture<?> timer;
  private volatile @Nullable CancelCtx registeredIn;

  private CancelCtx(@Nullable Instant deadline) {
    this.deadline = deadline;
    done.contextOf = this;
  }

  /**
   * Whether a pending deadline timer (of this context or of a CancelCtx ancestor) may still cancel
   * it; for the deadlock detector, which treats such a done channel as one that may still close.
   */
  boolean mayStillFire() {
    for (CancelCtx c = this; c != null; c = c.registeredIn) {
      if (c.err != null) {
        return false;
      }
      c.lock.lock();
      try {
        if (c.timer != null) {
          return true;
        }
      } finally {
        c.lock.unlock();
      }
    }
    return false;
  }

  static CancelContext withCancel(Context parent) {
    Objects.requireNonNull(parent, "parent");
    CancelCtx child = new CancelCtx(parent.deadline().orElse(null));
    child.attach(parent);
    return child;
  }

  static CancelContext withTimeout(Context parent, Duration timeout) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(timeout, "timeout");
    Instant now = Instant.now();
    Instant own;
    try {
      own = now.plus(timeout);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      own = Instant.MAX;
    }
    Optional<Instant> inherited = parent.deadline();
    if (inherited.isPresent() && !inherited.get().isAfter(own)) {
      return withCancel(parent); // the parent's earlier deadline rules
    }
    CancelCtx child = new CancelCtx(own);
    child.attach(parent);
    if (timeout.isZero() || timeout.isNegative()) {
      child.cancel(ContextError.DEADLINE_EXCEEDED, true);
      return child;
    }
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException e) {
      return child; // beyond ~292 years: never fires in practice
    }
    child.startTimer(nanos);
    return child;
  }

  @Override
  public RecvChan<Void> done() {
    return done;
  }

  @Override
  public @Nullable ContextError err() {
    ContextError e = err;
    if (e != null && !doneClosed) {
      lock.lock(); // a cancel is closing done right now: wait until it has
      lock.unlock();
    }
    return e;
  }

  @Override
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  @Override
  @EnsuresCalledMethods(value = "this", methods = "close")
  public void cancel() {
    close();
  }

  @Override
  public void close() {
    cancel(ContextError.CANCELED, true);
  }

  @Override
  public String toString() {
    ContextError e = err;
    return "context.WithCancel@" + Integer.toHexString(System.identityHashCode(this)) + "["
        + (e == null ? "live" : e.message())
        + (deadline == null ? "" : ", deadline " + deadline) + "]";
  }

  /** Number of live registered children (for tests). */
  int childCount() {
    lock.lock();
    try {
      return children == null ? 0 : children.size();
    } finally {
      lock.unlock();
    }
  }

  /** Hooks this new context to {@code parent}'s cancellation. Precondition: not yet published. */
  private void attach(Context parent) {
    if (parent instanceof BackgroundContext) {
      return;
    }
    if (parent instanceof CancelCtx p) {
      registeredIn = p;
      p.addChild(this);
      return;
    }
    ContextError pe = parent.err();
    if (pe != null) {
      cancel(pe, false);
      return;
    }
    Go.go(
        "context-watch",
        () ->
            Select.select(
                Select.recv(parent.done(), v -> cancel(reasonOf(parent), false)),
                Select.recv(done, v -> {})));
  }

  private static ContextError reasonOf(Context parent) {
    ContextError e = parent.err();
    return e == null ? ContextError.CANCELED : e;
  }

  /** Registers {@code child}, or cancels it now with this context's reason if this one is done. */
  private void addChild(CancelCtx child) {
    ContextError reason;
    lock.lock();
    try {
      if (children != null) {
        children.add(child);
        return;
      }
      reason = Objects.requireNonNull(err);
    } finally {
      lock.unlock();
    }
    child.cancel(reason, false);
  }

  private void removeChild(CancelCtx child) {
    lock.lock();
    try {
      if (children != null) {
        children.remove(child);
      }
    } finally {
      lock.unlock();
    }
  }

  private void startTimer(long nanos) {
    ScheduledFuture<?> f =
        ContextTimers.schedule(() -> cancel(ContextError.DEADLINE_EXCEEDED, true), nanos);
    lock.lock();
    try {
      if (err == null) {
        timer = f;
        return;
      }
    } finally {
      lock.unlock();
    }
    f.cancel(false); // cancelled before the timer was recorded
  }

  /**
   * Cancels this context with {@code reason} unless already done; cancels the children; if {@code
   * detach}, removes this context from its parent's children.
   */
  void cancel(ContextError reason, boolean detach) {
    List<CancelCtx> kids;
    ScheduledFuture<?> t;
    lock.lock();
    try {
      if (err != null) {
        return;
      }
      err = reason;
      kids = children == null ? List.of() : new ArrayList<>(children);
      children = null;
      t = timer;
      timer = null;
      done.close(); // under lock: err() waits for it (lock order: context, then its done channel)
      doneClosed = true;
    } finally {
      lock.unlock();
    }
    for (CancelCtx kid : kids) {
      kid.cancel(reason, false);
    }
    if (t != null) {
      t.cancel(false);
    }
    CancelCtx parent = registeredIn;
    if (parent != null) {
      registeredIn = null;
      if (detach) {
        parent.removeChild(this);
      }
    }
  }
}
