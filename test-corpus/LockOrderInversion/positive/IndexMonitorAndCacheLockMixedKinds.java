// A search index guards its segments with a ReentrantLock and its term dictionary with a monitor;
// merge() nests them one way and lookup() the other.
// At run time: a merge and a lookup can each hold one and wait forever for the other.
import java.util.concurrent.locks.ReentrantLock;

public class IndexMonitorAndCacheLockMixedKinds {
  private final ReentrantLock segments = new ReentrantLock();
  private final Object terms = new Object();
  private int segmentCount = 4;
  private int termCount;

  void merge() {
    segments.lock();
    try {
      synchronized (terms) {
        segmentCount--;
        termCount++;
      }
    } finally {
      segments.unlock();
    }
  }

  int lookup() {
    synchronized (terms) {
      // BUG: Diagnostic contains: LockOrderInversion
      segments.lock();
      try {
        return termCount * segmentCount;
      } finally {
        segments.unlock();
      }
    }
  }
}
