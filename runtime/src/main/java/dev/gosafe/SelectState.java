package dev.gosafe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/*
 * Maintainer note.
 *
 * The state shared by all Waiters of one blocked select (Go's g.selectDone plus the winning
 * sudog). winner starts at WAITING; exactly one party moves it away by CAS:
 *   - a partner holding the lock of one case's channel: winner = that case index;
 *   - the selecting thread itself on timeout (winner = index of the after case) or on
 *     interruption (winner = CANCELLED).
 * After a partner wins it writes the waiter's elem/closed and sets done (volatile), still under
 * its channel lock, then unparks the thread. The selecting thread waits for done only when a
 * partner won; when it won itself nobody else touches the waiters.
 */
final class SelectState {
  static final int WAITING = -1;
  static final int CANCELLED = -2;

  private static final VarHandle WINNER;

  static {
    try {
      WINNER = MethodHandles.lookup().findVarHandle(SelectState.class, "winner", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @SuppressWarnings("UnusedVariable") // accessed through WINNER
  private volatile int winner = WAITING;

  volatile boolean done;

  /** Tries to make case {@code index} (or {@link #CANCELLED}) the one and only outcome. */
  boolean tryWin(int index) {
    return WINNER.compareAndSet(this, WAITING, index);
  }

  int winner() {
    return winner;
  }
}
