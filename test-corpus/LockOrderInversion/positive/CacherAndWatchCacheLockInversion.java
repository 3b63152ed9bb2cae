// Pattern after GoBench GoKer kubernetes#13135 (cacher / watchCache): starting to cache takes the
// cacher lock and then the watch cache lock; processing an event takes the watch cache lock and
// calls back into the cacher, which takes the cacher lock.
// At run time: startCaching() and processEvent() running together deadlock (AB-BA).
import java.util.concurrent.locks.ReentrantLock;

public class CacherAndWatchCacheLockInversion {
  private final ReentrantLock cacherLock = new ReentrantLock();
  private final ReentrantLock watchCacheLock = new ReentrantLock();
  private int resourceVersion;
  private boolean ready;

  void startCaching() {
    cacherLock.lock();
    try {
      watchCacheLock.lock();
      try {
        resourceVersion = 0;
      } finally {
        watchCacheLock.unlock();
      }
    } finally {
      cacherLock.unlock();
    }
  }

  void processEvent() {
    watchCacheLock.lock();
    try {
      resourceVersion++;
      // BUG: Diagnostic contains: LockOrderInversion
      onReplace();
    } finally {
      watchCacheLock.unlock();
    }
  }

  private void onReplace() {
    cacherLock.lock();
    try {
      ready = true;
    } finally {
      cacherLock.unlock();
    }
  }
}
