// The correct version of CacheRefreshRelocksWhileHeld: get() releases the mutex before reloading
// and locks it again afterwards, one acquisition at a time.
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class CacheRefreshReleasesBeforeReload {
  private final Mutex mu = new Mutex();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Long> loadedAt = new HashMap<>();

  String get(String key, long now, Function<String, String> loader) {
    boolean stale;
    mu.lock();
    try {
      stale = now - loadedAt.getOrDefault(key, 0L) > 60_000;
      if (!stale) {
        return values.get(key);
      }
    } finally {
      mu.unlock();
    }
    String fresh = loader.apply(key);
    mu.lock();
    try {
      values.put(key, fresh);
      loadedAt.put(key, now);
      return fresh;
    } finally {
      mu.unlock();
    }
  }
}
