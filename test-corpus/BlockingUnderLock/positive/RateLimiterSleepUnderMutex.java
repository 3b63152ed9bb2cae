// A rate limiter that sleeps until the next token is due while holding its mutex.
// At run time: every caller is serialised behind the sleeping one, even callers that only want to
// read the remaining budget.
import dev.gosafe.Mutex;

public class RateLimiterSleepUnderMutex {
  private final Mutex mu = new Mutex();
  private long nextFreeNanos;
  private final long intervalNanos = 10_000_000;

  void acquire() throws InterruptedException {
    mu.lock();
    try {
      long wait = nextFreeNanos - System.nanoTime();
      if (wait > 0) {
        // BUG: Diagnostic contains: BlockingUnderLock
        Thread.sleep(wait / 1_000_000);
      }
      nextFreeNanos = System.nanoTime() + intervalNanos;
    } finally {
      mu.unlock();
    }
  }
}
