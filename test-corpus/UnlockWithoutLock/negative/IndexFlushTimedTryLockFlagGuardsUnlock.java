// The correct version of IndexFlushTimedTryLockTimeoutStillUnlocks: the result of the timed
// tryLock() is kept in a local and finally unlocks only if it is true.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class IndexFlushTimedTryLockFlagGuardsUnlock {
  private final ReentrantLock lock = new ReentrantLock();
  private int dirtySegments;

  void flush() throws InterruptedException {
    boolean acquired = lock.tryLock(50, TimeUnit.MILLISECONDS);
    try {
      if (acquired) {
        dirtySegments = 0;
      }
    } finally {
      if (acquired) {
        lock.unlock();
      }
    }
  }
}
