// A search index flusher that waits up to 50 ms for the lock and flushes only if it got it, but
// unlocks in finally unconditionally.
// At run time: after a timeout, unlock() is called on a lock held by another thread and throws
// IllegalMonitorStateException.
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class IndexFlushTimedTryLockTimeoutStillUnlocks {
  private final ReentrantLock lock = new ReentrantLock();
  private int dirtySegments;

  void flush() throws InterruptedException {
    boolean acquired = lock.tryLock(50, TimeUnit.MILLISECONDS);
    try {
      if (acquired) {
        dirtySegments = 0;
      }
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      lock.unlock();
    }
  }
}
