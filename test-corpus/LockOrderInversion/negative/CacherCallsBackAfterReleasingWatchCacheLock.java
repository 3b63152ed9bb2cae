// The fixed version of GoBench GoKer kubernetes#13135: processEvent() updates the watch cache under
// its lock and calls back into the cacher after releasing it.
import java.util.concurrent.locks.ReentrantLock;

public class CacherCallsBackAfterReleasingWatchCacheLock {
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
    } finally {
      watchCacheLock.unlock();
    }
    onReplace();
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
