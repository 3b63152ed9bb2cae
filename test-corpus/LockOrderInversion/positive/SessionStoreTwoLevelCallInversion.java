// A session store: expire() holds the sessions lock and, two calls deep, takes the metrics lock;
// snapshot() holds the metrics lock and calls count(), which takes the sessions lock.
// At run time: expire() and snapshot() overlapping can deadlock.
import java.util.concurrent.locks.ReentrantLock;

public class SessionStoreTwoLevelCallInversion {
  private final ReentrantLock sessions = new ReentrantLock();
  private final ReentrantLock metrics = new ReentrantLock();
  private int live = 3;
  private int expired;

  void expire() {
    sessions.lock();
    try {
      live--;
      recordExpiry();
    } finally {
      sessions.unlock();
    }
  }

  private void recordExpiry() {
    bumpCounter();
  }

  private void bumpCounter() {
    metrics.lock();
    try {
      expired++;
    } finally {
      metrics.unlock();
    }
  }

  String snapshot() {
    metrics.lock();
    try {
      // BUG: Diagnostic contains: LockOrderInversion
      return expired + "/" + count();
    } finally {
      metrics.unlock();
    }
  }

  private int count() {
    sessions.lock();
    try {
      return live;
    } finally {
      sessions.unlock();
    }
  }
}
