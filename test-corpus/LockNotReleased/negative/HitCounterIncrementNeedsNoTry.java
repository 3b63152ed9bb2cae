// A hit counter that only increments fields between lock() and unlock(): nothing in between can
// throw, so the mutex is released on every path without try/finally.
import dev.gosafe.Mutex;

public class HitCounterIncrementNeedsNoTry {
  private final Mutex mu = new Mutex();
  private long hits;
  private long misses;

  void record(boolean hit) {
    mu.lock();
    if (hit) {
      hits++;
    } else {
      misses++;
    }
    mu.unlock();
  }
}
