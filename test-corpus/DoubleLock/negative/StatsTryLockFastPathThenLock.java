// A stats collector with a fast path: tryLock() first, and only when that fails a blocking lock().
// On the tryLock-succeeded branch lock() is not called, so the mutex is acquired exactly once.
import dev.gosafe.Mutex;

public class StatsTryLockFastPathThenLock {
  private final Mutex mu = new Mutex();
  private long samples;
  private long contended;

  void add() {
    if (!mu.tryLock()) {
      contended++;
      mu.lock();
    }
    try {
      samples++;
    } finally {
      mu.unlock();
    }
  }
}
