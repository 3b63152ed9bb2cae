// Reproduces a false LockNotReleased ("lock stays locked on a path that returns without unlock()")
// found by the review run over Guava 33.0.0's sources (util/concurrent/Monitor.java, enterIf,
// tryEnterIf, enterWhen with a timeout): an "enter if" API takes the lock and returns true holding
// it for the caller to leave(); it unlocks itself only when it returns false, under a boolean flag.
// Returning held is the method's contract, so no finding is expected.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

public class ReviewEnterIfReturnsHoldingLock {
  private final ReentrantLock lock = new ReentrantLock();

  /** Returns true holding the lock when the guard is satisfied; the caller must call leave(). */
  public boolean enterIf(BooleanSupplier guard) {
    final ReentrantLock lock = this.lock;
    lock.lock();
    boolean satisfied = false;
    try {
      return satisfied = guard.getAsBoolean();
    } finally {
      if (!satisfied) {
        lock.unlock();
      }
    }
  }

  /** The same with a timed tryLock. */
  public boolean tryEnterIf(BooleanSupplier guard, long millis) throws InterruptedException {
    final ReentrantLock lock = this.lock;
    if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    boolean satisfied = false;
    try {
      return satisfied = guard.getAsBoolean();
    } finally {
      if (!satisfied) {
        lock.unlock();
      }
    }
  }

  public void leave() {
    lock.unlock();
  }

  public static void main(String[] args) throws InterruptedException {
    ReviewEnterIfReturnsHoldingLock m = new ReviewEnterIfReturnsHoldingLock();
    if (m.enterIf(() -> true)) {
      try {
        System.out.println("entered");
      } finally {
        m.leave();
      }
    }
    if (m.tryEnterIf(() -> false, 10)) {
      m.leave();
    }
  }
}
