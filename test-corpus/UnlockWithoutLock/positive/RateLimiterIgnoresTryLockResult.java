// A rate limiter that calls tryLock() to avoid blocking but ignores its result.
// At run time: when another task holds the mutex, tryLock() returns false and the finally
// block unlocks a mutex this task never acquired (IllegalStateException).
import dev.gosafe.Mutex;

public class RateLimiterIgnoresTryLockResult {
  private final Mutex mu = new Mutex();
  private long tokens = 10;

  boolean tryAcquireToken() {
    mu.tryLock();
    try {
      if (tokens == 0) {
        return false;
      }
      tokens--;
      return true;
    } finally {
      // BUG: Diagnostic contains: UnlockWithoutLock
      mu.unlock();
    }
  }
}
