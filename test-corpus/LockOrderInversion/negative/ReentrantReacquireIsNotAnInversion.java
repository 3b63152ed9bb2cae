// A cache re-enters its own reentrant lock while holding the stats lock it always takes second:
// re-acquiring a lock already held is not a new ordering.
import java.util.concurrent.locks.ReentrantLock;

public class ReentrantReacquireIsNotAnInversion {
  private final ReentrantLock cache = new ReentrantLock();
  private final ReentrantLock stats = new ReentrantLock();
  private int hits;
  private int size;

  void get() {
    cache.lock();
    try {
      stats.lock();
      try {
        hits++;
        cache.lock();
        try {
          size++;
        } finally {
          cache.unlock();
        }
      } finally {
        stats.unlock();
      }
    } finally {
      cache.unlock();
    }
  }
}
