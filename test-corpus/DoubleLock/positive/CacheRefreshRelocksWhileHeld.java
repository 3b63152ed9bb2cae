// A cache whose get() reloads a stale entry and, copying the locking of put(), locks mu again
// while it already holds it.
// At run time: gosafe's Mutex is not reentrant; the second lock() throws DeadlockException (a
// java.util.concurrent lock of this kind would block forever).
import dev.gosafe.Mutex;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

public class CacheRefreshRelocksWhileHeld {
  private final Mutex mu = new Mutex();
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, Long> loadedAt = new HashMap<>();

  String get(String key, long now, Function<String, String> loader) {
    mu.lock();
    try {
      if (now - loadedAt.getOrDefault(key, 0L) > 60_000) {
        // BUG: Diagnostic contains: DoubleLock
        mu.lock();
        try {
          values.put(key, loader.apply(key));
          loadedAt.put(key, now);
        } finally {
          mu.unlock();
        }
      }
      return values.get(key);
    } finally {
      mu.unlock();
    }
  }
}
