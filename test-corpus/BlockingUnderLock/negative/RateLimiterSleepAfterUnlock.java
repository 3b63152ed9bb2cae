// The correct version of RateLimiterSleepUnderMutex: the slot is reserved under the mutex and the
// caller sleeps after unlocking.
import dev.gosafe.Mutex;

public class RateLimiterSleepAfterUnlock {
  private final Mutex mu = new Mutex();
  private long nextFreeNanos;
  private final long intervalNanos = 10_000_000;

  void acquire() throws InterruptedException {
    long wait;
    mu.lock();
    try {
      long now = System.nanoTime();
      long slot = Math.max(now, nextFreeNanos);
      nextFreeNanos = slot + intervalNanos;
      wait = slot - now;
    } finally {
      mu.unlock();
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000);
    }
  }
}
