// The correct version of CacheRefreshWaitGroupAwaitUnderLock: the loaders are awaited without the
// mutex; only the version bump happens under it.
import dev.gosafe.Go;
import dev.gosafe.Mutex;
import dev.gosafe.WaitGroup;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class CacheRefreshAwaitThenLock {
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
    wg.await();
    mu.lock();
    try {
      version++;
    } finally {
      mu.unlock();
    }
  }
}
