// Feature flags behind a ReentrantReadWriteLock: isOn() locks the read part but unlocks the
// write part.
// At run time: writeLock().unlock() throws IllegalMonitorStateException and the read lock stays
// held, so setFlag() can never take the write lock (LockNotReleased too).
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class FeatureFlagsReadLockReleasedAsWriteLock {
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final Map<String, Boolean> flags = new HashMap<>();

  boolean isOn(String flag) {
    // BUG: Diagnostic contains: LockNotReleased
    rw.readLock().lock();
    try {
      return flags.getOrDefault(flag, false);
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      rw.writeLock().unlock();
    }
  }
}
