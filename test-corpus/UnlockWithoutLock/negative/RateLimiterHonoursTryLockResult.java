// The correct version of RateLimiterIgnoresTryLockResult: the mutex is unlocked only on the branch
// where tryLock() returned true.
import dev.gosafe.Mutex;

public class RateLimiterHonoursTryLockResult {
  private final Mutex mu = new Mutex();
  private long tokens = 10;

  boolean tryAcquireToken() {
    if (!mu.tryLock()) {
      return false;
    }
    try {
      if (tokens == 0) {
        return false;
      }
      tokens--;
      return true;
    } finally {
      mu.unlock();
    }
  }
}
