// A lookup that sets a "found" flag and returns early from inside the locked region, skipping the
// unlock at the end. Real bug: the first hit leaves the lock held. Missed on purpose: the lock is
// held exactly when a boolean local is true and released only when it is false, which is also the
// shape of a deliberate "enter if" API that returns holding the lock (see
// common/ReviewEnterIfReturnsHoldingLock, from Guava's Monitor), and the analysis does not follow
// return values to tell the two apart.
import java.util.concurrent.locks.ReentrantLock;

public class EarlyReturnAfterSettingFlagWhileLocked {
  private final ReentrantLock lock = new ReentrantLock();
  private final int[] ids = new int[16];

  boolean contains(int id) {
    boolean found = false;
    // MISS: LockNotReleased
    lock.lock();
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        found = true;
        return found;
      }
    }
    if (!found) {
      lock.unlock();
    }
    return found;
  }
}
