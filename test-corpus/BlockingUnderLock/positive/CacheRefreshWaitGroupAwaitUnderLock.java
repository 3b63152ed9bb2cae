// A cache that reloads all keys in parallel and waits for the loaders while holding its mutex.
// At run time: readers block for as long as the slowest loader takes; if a loader ever needs mu
// (to read the cache), the refresh deadlocks.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CacheRefreshWaitGroupAwaitUnderLock {
  private final Mutex mu = new Mutex();
  private final Map<String, String> fresh = new ConcurrentHashMap<>();
  private long version;

  void refreshAll(List<String> keys) {
    WaitGroup wg = new WaitGroup();
    wg.add(keys.size());
    for (String k : keys) {
      Go.go(() -> {
        try {
          fresh.put(k, k.toUpperCase());
        } finally {
          wg.done();
        }
      });
    }
    mu.lock();
    try {
      // BUG: Diagnostic contains: BlockingUnderLock
      wg.await();
      version++;
    } finally {
      mu.unlock();
    }
  }
}
