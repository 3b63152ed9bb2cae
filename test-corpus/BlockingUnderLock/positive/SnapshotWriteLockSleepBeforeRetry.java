// A snapshot writer that backs off with Thread.sleep while holding the write lock of a
// ReentrantReadWriteLock.
// At run time: all readers are blocked for the whole back-off, not just for the write itself.
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class SnapshotWriteLockSleepBeforeRetry {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private byte[] snapshot = new byte[0];
  private int attempts;

  void save(byte[] data) throws InterruptedException {
    rw.writeLock().lock();
    try {
      attempts++;
      if (attempts > 1) {
        // BUG: Diagnostic contains: BlockingUnderLock
        Thread.sleep(50L * attempts);
      }
      snapshot = data.clone();
    } finally {
      rw.writeLock().unlock();
    }
  }
}
